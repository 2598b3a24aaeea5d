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
 * MariaDB's and MySQL's backup: {@code mariadb-dump} (or {@code mysqldump}) of the database the DataSource
 * connects to, in one consistent snapshot ({@code --single-transaction}), with its routines and triggers, as SQL
 * that the {@code mariadb} client restores.
 */
final class MariaDbDump implements MigrationsBackup {

    private final BackupSettings settings;
    private final List<String> programs;

    /** @param programs the dump programs to look for, the server's own first */
    MariaDbDump(BackupSettings settings, List<String> programs) {
        this.settings = settings;
        this.programs = programs;
    }

    @Override
    public Backup backup(BackupRequest request) {
        DumpProgram dump = DumpProgram.find(programs, settings.command(), List.of());
        Target target = Target.of(request.jdbcUrl(), request.database());
        Path file = request.file("sql").toAbsolutePath();
        List<String> arguments = new ArrayList<>(List.of("--single-transaction", "--routines", "--triggers",
                "--host=" + target.host(), "--port=" + target.port(), "--result-file=" + file));
        String user = request.user() != null ? request.user() : target.parameters().get("user");
        if (user != null) {
            arguments.add("--user=" + user.replaceFirst("@.*$", ""));
        }
        arguments.add(target.database());
        Map<String, String> environment = new HashMap<>();
        String configured = settings.password().get();
        String password = configured != null ? configured : target.parameters().get("password");
        // The client reads it from the environment, so it never shows in the process list.
        environment.put("MYSQL_PWD", password == null ? "" : password);
        dump.run(arguments, environment);
        return new Backup(file.toString(), dump.executable().getFileName() + ", SQL");
    }

    /** Where the driver connects: the first host of its URL, the port, the database, the URL's parameters. */
    record Target(String host, String port, String database, Map<String, String> parameters) {

        static Target of(String jdbcUrl, String catalog) {
            JdbcUrlParts parts = JdbcUrlParts.of(jdbcUrl.substring(jdbcUrl.indexOf("://") + 1));
            return new Target(parts.host() == null ? "localhost" : parts.host(),
                    parts.port() == null ? "3306" : parts.port(), parts.path().isEmpty() ? catalog : parts.path(),
                    parts.parameters());
        }
    }
}
