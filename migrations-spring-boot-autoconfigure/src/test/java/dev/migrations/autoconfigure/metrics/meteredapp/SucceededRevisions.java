package dev.migrations.autoconfigure.metrics.meteredapp;

import dev.migrations.runtime.MigrationEvent;
import dev.migrations.runtime.MigrationListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An application's own listener bean, which instrumentation must not displace. */
public class SucceededRevisions implements MigrationListener {

    private final List<String> revisions = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(MigrationEvent event) {
        if (event instanceof MigrationEvent.Succeeded) {
            revisions.add(event.revision());
        }
    }

    public List<String> revisions() {
        return List.copyOf(revisions);
    }
}
