package dev.migrations.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ExceptionSafeListenerTest {

    @Test
    void aThrowingListenerIsContainedAndTheNextOneStillHearsTheEvent() {
        List<MigrationEvent> heard = new ArrayList<>();
        MigrationListener chain = new ExceptionSafeListener(event -> {
            throw new IllegalStateException("metrics backend down");
        }).andThen(new ExceptionSafeListener(heard::add));
        MigrationEvent event = new MigrationEvent.Started("a1", "create users", Direction.UPGRADE);

        assertThatCode(() -> chain.onEvent(event)).doesNotThrowAnyException();
        assertThat(heard).containsExactly(event);
    }
}
