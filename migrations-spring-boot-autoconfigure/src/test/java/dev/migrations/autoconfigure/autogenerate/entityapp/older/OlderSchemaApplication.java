package dev.migrations.autoconfigure.autogenerate.entityapp.older;

import dev.migrations.autoconfigure.autogenerate.entityapp.model.Account;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * The same entities over an older history: the account's name column is still {@code name}, and it has no
 * {@code phone_number}; a second revision, {@code e2000000}, adds a note nobody maps.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Account.class)
public class OlderSchemaApplication {
}
