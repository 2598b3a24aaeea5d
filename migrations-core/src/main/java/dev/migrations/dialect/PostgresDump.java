package dev.migrations.dialect;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupRequest;
import dev.migrations.backup.BackupSettings;
import dev.migrations.backup.DumpProgram;
import dev.migrations.backup.MigrationsBackup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's backup: {@code pg_dump} in its custom format (compressed, restored selectively with
 * {@code pg_restore}), of the whole database the DataSource connects to, as the same user.
 */
final class PostgresDump implements MigrationsBackup {

    private static final List<Path> INSTALL_DIRECTORIES = List.of(Path.of("/usr/lib/postgresql"),
            Path.of("/usr/pgsql"), Path.of("/opt/homebrew/opt"));

    private final BackupSettings settings;

    PostgresDump(BackupSettings settings) {
        this.settings = settings;
    }

    @Override
    public Backup backup(BackupRequest request) {
        DumpProgram pgDump = DumpProgram.find("pg_dump", settings.command(), INSTALL_DIRECTORIES);
        Target target = Target.of(request.jdbcUrl());
        Path file = request.file("dump").toAbsolutePath();
        List<String> arguments = new ArrayList<>(List.of("--format=custom", "--file=" + file,
                "--host=" + target.host(), "--port=" + target.port(), "--no-password"));
        if (request.user() != null) {
            arguments.add("--username=" + request.user());
        }
        arguments.add("--dbname=" + target.database());
        Map<String, String> environment = new HashMap<>();
        String configured = settings.password().get();
        String password = configured != null ? configured : target.parameters().get("password");
        if (password != null) {
            environment.put("PGPASSWORD", password);
        }
        pgDump.run(arguments, environment);
        return new Backup(file.toString(), "pg_dump, custom format");
    }

    /** Where pgJDBC connects: the first host of its URL, the port, the database, the URL's parameters. */
    record Target(String host, String port, String database, Map<String, String> parameters) {

        static Target of(String jdbcUrl) {
            JdbcUrlParts parts = JdbcUrlParts.of(jdbcUrl.substring("jdbc:postgresql:".length()));
            return new Target(parts.host() == null ? "localhost" : parts.host(),
                    parts.port() == null ? "5432" : parts.port(), parts.path(), parts.parameters());
        }
    }
}
