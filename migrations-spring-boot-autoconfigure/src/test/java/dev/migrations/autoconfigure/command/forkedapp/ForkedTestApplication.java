package dev.migrations.autoconfigure.command.forkedapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service whose history has two heads, f2a and f2b, both following f1: it needs a merge. */
@SpringBootApplication
public class ForkedTestApplication {
}
