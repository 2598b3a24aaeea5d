package dev.migrations.autogenerate;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip on MariaDB. The scenarios whose SQL MariaDB spells differently (comments, identity columns) are
 * written again in its SQL, with the same changes.
 */
class SchemaRoundTripMariaDbTest extends SchemaRoundTripContract {

    @RegisterExtension
    static TestDatabase live = TestDatabase.mariadb();

    @RegisterExtension
    static TestDatabase target = TestDatabase.mariadb();

    @Override
    TestDatabase live() {
        return live;
    }

    @Override
    TestDatabase target() {
        return target;
    }

    /** No enum types here: each column lists its values; sequences, JSON, UUID and binary columns instead. */
    @Override
    String[] enumTypesBefore() {
        return new String[] {
                "CREATE SEQUENCE old_seq START WITH 5",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, feeling ENUM('a', 'b') DEFAULT 'a')"};
    }

    @Override
    String[] enumTypesAfter() {
        return new String[] {
                "CREATE SEQUENCE new_seq START WITH 1 INCREMENT BY 50",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, mood ENUM('happy', 'sad') DEFAULT 'happy' NOT NULL,"
                        + " doc JSON, uid UUID, photo LONGBLOB, thumb VARBINARY(100), seen TIMESTAMP(3) NULL, notes LONGTEXT,"
                        + " active BOOLEAN DEFAULT TRUE)"};
    }

    @Override
    @Test
    void createsAndDropsTablesWithForeignKeysIncludingACycle() {
        ComparisonResult result = roundTrip(new String[] {
                "CREATE TABLE kept (id BIGINT PRIMARY KEY, name VARCHAR(40))",
                "CREATE TABLE old_parent (id BIGINT AUTO_INCREMENT PRIMARY KEY, label VARCHAR(20) NOT NULL) COMMENT 'going away'",
                "CREATE TABLE old_child (id BIGINT PRIMARY KEY, parent_id BIGINT, kept_id BIGINT,"
                        + " CONSTRAINT fk_old_child_parent FOREIGN KEY (parent_id) REFERENCES old_parent (id) ON DELETE CASCADE,"
                        + " CONSTRAINT fk_old_child_kept FOREIGN KEY (kept_id) REFERENCES kept (id))",
                "CREATE INDEX ix_old_parent_label ON old_parent (label)"
        }, new String[] {
                "CREATE TABLE kept (id BIGINT PRIMARY KEY, name VARCHAR(40))",
                "CREATE TABLE author (id BIGINT PRIMARY KEY, best_book_id BIGINT, kept_id BIGINT REFERENCES kept (id))",
                "CREATE TABLE book (id BIGINT PRIMARY KEY, author_id BIGINT REFERENCES author (id), sequel_id BIGINT REFERENCES book (id),"
                        + " title VARCHAR(200) NOT NULL)",
                "ALTER TABLE author ADD CONSTRAINT fk_author_best_book FOREIGN KEY (best_book_id) REFERENCES book (id)",
                "CREATE INDEX ix_book_title ON book (title)"
        });

        assertThat(result.operations()).hasSizeGreaterThan(6);
    }

    @Override
    @Test
    void addsDropsAndChangesColumns() {
        roundTrip(new String[] {
                "CREATE TABLE t (id BIGINT PRIMARY KEY, widen VARCHAR(20), grow INTEGER COMMENT 'old comment', loosen INTEGER NOT NULL,"
                        + " tighten INTEGER, defaulted INTEGER DEFAULT 1, undefaulted VARCHAR(5) DEFAULT 'x', gone LONGTEXT COMMENT 'lost',"
                        + " to_text VARCHAR(10))"
        }, new String[] {
                "CREATE TABLE t (id BIGINT PRIMARY KEY, widen VARCHAR(80), grow BIGINT COMMENT 'new comment', loosen INTEGER,"
                        + " tighten INTEGER NOT NULL, defaulted INTEGER DEFAULT 2, undefaulted VARCHAR(5), to_text LONGTEXT,"
                        + " added NUMERIC(10, 2) DEFAULT 0 NOT NULL COMMENT 'fresh', stamped DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6))"
        });
    }

    @Override
    @Test
    void commentsTablesAndColumns() {
        roundTrip(new String[] {
                "CREATE TABLE t (id BIGINT PRIMARY KEY, a INTEGER COMMENT 'a before', b INTEGER) COMMENT 'before'"
        }, new String[] {
                "CREATE TABLE t (id BIGINT PRIMARY KEY, a INTEGER, b INTEGER COMMENT 'b after') COMMENT 'after'"
        });
    }
}
