package dev.migrations.autoconfigure.command.storyapp;

import dev.migrations.command.CheckFinding;
import dev.migrations.autoconfigure.command.MigrationsCheck;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * A service whose history branches and merges: a1 -> (b2 [profile] | b21) -> c3 (merge) -> d4. With
 * {@code test.model-check=differs}, it has a {@link MigrationsCheck} that finds a difference, as the entity-model
 * comparison would.
 */
@SpringBootApplication
public class StoryTestApplication {

    @Bean
    @ConditionalOnProperty(name = "test.model-check", havingValue = "differs")
    MigrationsCheck modelCheck() {
        return set -> List.of(new CheckFinding("model", "Column accounts.phone is in the entity model, not in the "
                + "database. Run `migrations revision --autogenerate -m \"add phone\"`."));
    }
}
