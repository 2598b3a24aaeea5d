package dev.migrations.command;

import dev.migrations.error.ConfigurationException;
import dev.migrations.error.UsageException;
import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.graph.RevisionIds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewRevisionTest {

    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            new Revision("a1a1a1a1", List.of(), List.of(), Set.of(), "create users"),
            new Revision("b2b2b2b2", List.of("a1a1a1a1"), List.of(), Set.of(), "create posts")));

    @Test
    void aGeneratedIdIsValidAndNew() {
        String id = NewRevision.id(GRAPH, null);

        assertThat(RevisionIds.isValid(id)).isTrue();
        assertThat(GRAPH.contains(id)).isFalse();
    }

    @Test
    void aGivenIdIsKeptWhenValidAndNew() {
        assertThat(NewRevision.id(GRAPH, "c3c3c3c3")).isEqualTo("c3c3c3c3");
    }

    @Test
    void aGivenIdThatExistsOrCannotBeAnIdIsRefused() {
        assertThatThrownBy(() -> NewRevision.id(GRAPH, "b2b2b2b2"))
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.revision()).isEqualTo("b2b2b2b2"))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> NewRevision.id(GRAPH, "head@x"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'head@x' cannot be a revision id");
    }

    @Test
    void theConfiguredPackageComesFirst() {
        assertThat(NewRevision.packageName(" com.example.db ", Map.of("b2b2b2b2", "com.example.other"),
                List.of("b2b2b2b2"), GRAPH, Optional.empty())).isEqualTo("com.example.db");
        assertThatThrownBy(() -> NewRevision.packageName("com.example.1db", Map.of(), List.of(), GRAPH,
                Optional.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("migrations.revision-package 'com.example.1db' is not a Java package name");
    }

    @Test
    void elseThePackageOfTheRevisionFollowedThenOfAHead() {
        Map<String, String> packages = Map.of("a1a1a1a1", "com.example.first", "b2b2b2b2", "com.example.head");

        assertThat(NewRevision.packageName(null, packages, List.of("a1a1a1a1"), GRAPH, Optional.empty()))
                .isEqualTo("com.example.first");
        assertThat(NewRevision.packageName(null, Map.of("b2b2b2b2", "com.example.head"), List.of("a1a1a1a1"), GRAPH,
                Optional.empty())).isEqualTo("com.example.head");
    }

    @Test
    void theFirstRevisionGoesInTheFirstRevisionPackage() {
        RevisionGraph empty = RevisionGraph.of(List.of());

        assertThat(NewRevision.packageName("", Map.of(), List.of(), empty, Optional.of("com.example.app.migrations")))
                .isEqualTo("com.example.app.migrations");
        assertThatThrownBy(() -> NewRevision.packageName(null, Map.of(), List.of("b2b2b2b2"), GRAPH,
                Optional.of("com.example.app.migrations")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Set migrations.revision-package");
    }
}
