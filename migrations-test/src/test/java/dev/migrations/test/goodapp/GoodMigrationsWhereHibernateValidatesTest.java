package dev.migrations.test.goodapp;

import org.springframework.test.context.ActiveProfiles;

/**
 * Every check passes in an application whose configuration has Hibernate validate the schema at start-up: the
 * slice starts on an empty database, which the migrations fill only when the checks run them.
 */
@ActiveProfiles("hibernate-validates")
class GoodMigrationsWhereHibernateValidatesTest extends GoodAppCheckSuite {
}
