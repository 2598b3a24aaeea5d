package dev.migrations.autoconfigure.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Command mode, under {@code migrations.command-line.*}. {@link MigrationsCommandRunListener} sets {@code enabled}
 * and {@code args} from {@code java -jar app.jar migrations <command> [args]}; they are not meant to be set by hand.
 */
@ConfigurationProperties("migrations.command-line")
public class MigrationsCommandLineProperties {

    /**
     * Whether the application runs a migrations command and exits, instead of serving. Set by command mode.
     */
    private boolean enabled;

    /**
     * The command and its arguments: the words after "migrations" on the command line. Set by command mode.
     */
    private List<String> args = new ArrayList<>();

    /**
     * Whether the command ends the JVM with its exit code. False leaves the application context running and
     * records the exit code in the CommandExitCode bean, for tests.
     */
    private boolean systemExit = true;

    /**
     * Whether commands that need no entity model (all but check and revision --autogenerate) start a lean
     * application: beans created only when needed, and no JPA, web server, Actuator or metrics auto-configuration.
     * Turn it off when a migration's constructor needs one of those.
     */
    private boolean lean = true;

    /**
     * Whether the command may call the application's code (upgrade, downgrade, backup), so that a lean start keeps
     * the transactions of the application's services. Set by command mode.
     */
    private boolean callsApplicationCode = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getArgs() {
        return args;
    }

    public void setArgs(List<String> args) {
        this.args = args;
    }

    public boolean isLean() {
        return lean;
    }

    public void setLean(boolean lean) {
        this.lean = lean;
    }

    public boolean isCallsApplicationCode() {
        return callsApplicationCode;
    }

    public void setCallsApplicationCode(boolean callsApplicationCode) {
        this.callsApplicationCode = callsApplicationCode;
    }

    public boolean isSystemExit() {
        return systemExit;
    }

    public void setSystemExit(boolean systemExit) {
        this.systemExit = systemExit;
    }
}
