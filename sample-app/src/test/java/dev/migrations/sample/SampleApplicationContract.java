package dev.migrations.sample;

import com.jayway.jsonpath.JsonPath;
import dev.migrations.sample.bots.Trade;
import dev.migrations.sample.bots.TradeRepository;
import dev.migrations.sample.bots.TradeSide;
import dev.migrations.sample.bots.TradingBot;
import dev.migrations.sample.bots.TradingBotRepository;
import dev.migrations.sample.migrations.MergeHeads;
import dev.migrations.sample.notes.Note;
import dev.migrations.sample.notes.NoteRepository;
import dev.migrations.sample.users.User;
import dev.migrations.sample.users.UserPreferences;
import dev.migrations.sample.users.UserPreferencesRepository;
import dev.migrations.sample.users.UserRepository;
import dev.migrations.sample.users.UserStatus;
import dev.migrations.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import static dev.migrations.sample.StoryRevisions.revisionOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application as a user starts it: migrated on boot, then JPA with Hibernate validating every
 * entity against the migrated schema (so a context that starts proves the entities and the migrations agree),
 * then the demo data runner, then real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class SampleApplicationContract {

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    UserPreferencesRepository preferences;

    @Autowired
    TradingBotRepository bots;

    @Autowired
    TradeRepository trades;

    @Autowired
    NoteRepository notes;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    LocalHttp http() {
        return new LocalHttp(port);
    }

    /** What a profile's SAMPLE_DB_* placeholders read: the test's own fresh database. */
    static void pointSampleAt(TestDatabase database, DynamicPropertyRegistry registry) {
        registry.add("SAMPLE_DB_URL", database::jdbcUrl);
        registry.add("SAMPLE_DB_USERNAME", database::user);
        registry.add("SAMPLE_DB_PASSWORD", database::password);
    }

    @Test
    void hibernateValidatedTheEntitiesAgainstTheMigratedSchema() {
        assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
        assertThat(entityManagerFactory.getMetamodel().getEntities()).hasSize(5);
    }

    @Test
    void healthIsUpWithMigrationsAtTheirHead() {
        HttpResponse<String> health = http().get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health.body(), "$.components.migrations.status")).isEqualTo("UP");
    }

    @Test
    void readinessIsUpOnceMigrated() {
        HttpResponse<String> readiness = http().get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("UP");
    }

    @Test
    void migrationsEndpointNamesTheMergeRevision() {
        HttpResponse<String> endpoint = http().get("/actuator/migrations");

        assertThat(endpoint.statusCode()).isEqualTo(200);
        assertThat(endpoint.body()).contains(revisionOf(MergeHeads.class));
    }

    @Test
    void repositoryReadsWhatTheDemoDataRunnerWrote() {
        User ada = users.findByEmailAddress(DemoData.DEMO_EMAIL).orElseThrow();

        assertThat(ada.getFullName()).isEqualTo("Ada Lovelace");
        assertThat(ada.getStatus()).isEqualTo(UserStatus.PENDING);
        assertThat(ada.isEmailVerified()).isFalse();
        assertThat(bots.findByActiveTrueOrderByCreatedAtAsc()).extracting(TradingBot::getName)
                .contains("grid-btc").doesNotContain("momentum-eth");
        assertThat(trades.findByUserIdOrderByCreatedAtDesc(ada.getId())).singleElement()
                .satisfies(trade -> assertThat(trade.getQuantity()).isEqualByComparingTo("0.25"));
    }

    @Test
    void usersAndBotsAreServedOverHttp() {
        HttpResponse<String> usersPage = http().get("/users");
        HttpResponse<String> activeBots = http().get("/bots?active=true");

        assertThat(usersPage.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(usersPage.body(), "$[*].emailAddress")).contains(DemoData.DEMO_EMAIL);
        assertThat(activeBots.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<Boolean>>read(activeBots.body(), "$[*].active")).isNotEmpty().containsOnly(true);
    }

    @Test
    void everyEntityIsWrittenAndReadBackThroughTheMigratedSchema() {
        User grace = new User("grace@example.com", "Grace", "Hopper");
        grace.verifyEmail();
        grace = users.save(grace);
        preferences.save(new UserPreferences(grace, "dark", 25));
        TradingBot bot = bots.save(new TradingBot(grace.getId(), "mean-reversion", "mean-reversion"));
        trades.save(new Trade(grace.getId(), bot.getId(), "ETH-USD", TradeSide.SELL, new BigDecimal("1.5"),
                new BigDecimal("3100.12345678")));
        notes.save(new Note(grace.getId(), "Rebalance on Fridays."));

        User read = users.findByEmailAddress("grace@example.com").orElseThrow();
        assertThat(read.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(read.isEmailVerified()).isTrue();
        assertThat(preferences.findByUserId(grace.getId())).singleElement()
                .satisfies(preference -> assertThat(preference.getDailyTradeLimit()).isEqualTo(25));
        assertThat(trades.findByUserIdOrderByCreatedAtDesc(grace.getId())).singleElement()
                .satisfies(trade -> assertThat(trade.getPrice()).isEqualByComparingTo("3100.12345678"));
        assertThat(notes.findByUserIdOrderByCreatedAtDesc(grace.getId())).extracting(Note::getBody)
                .containsExactly("Rebalance on Fridays.");
    }
}
