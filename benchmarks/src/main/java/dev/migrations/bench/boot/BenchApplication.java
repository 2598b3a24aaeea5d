package dev.migrations.bench.boot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * W3's application: auto-configuration only, no component scan, no web. Its class path holds one migration tool
 * (the orchestrator narrows it), so each start runs that tool's auto-configuration and nothing else.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchApplication {
}
