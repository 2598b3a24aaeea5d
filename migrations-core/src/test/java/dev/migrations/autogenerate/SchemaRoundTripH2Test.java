package dev.migrations.autogenerate;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class SchemaRoundTripH2Test extends SchemaRoundTripContract {

    @RegisterExtension
    static TestDatabase live = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase target = TestDatabase.h2();

    @Override
    TestDatabase live() {
        return live;
    }

    @Override
    TestDatabase target() {
        return target;
    }

    /** H2's enum types are enum domains. */
    @Override
    String[] enumTypesBefore() {
        return new String[] {
                "CREATE DOMAIN old_mood AS ENUM ('a', 'b')",
                "CREATE SEQUENCE old_seq START WITH 5",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, feeling old_mood DEFAULT 'a')"};
    }

    @Override
    String[] enumTypesAfter() {
        return new String[] {
                "CREATE DOMAIN mood AS ENUM ('happy', 'sad')",
                "CREATE SEQUENCE new_seq START WITH 1 INCREMENT BY 50",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, mood mood DEFAULT 'happy' NOT NULL, tags VARCHAR(20) ARRAY,"
                        + " doc JSON, uid UUID, photo VARBINARY, wait INTERVAL DAY TO SECOND, seen TIMESTAMP(3) WITH TIME ZONE,"
                        + " notes CHARACTER VARYING)"};
    }
}
