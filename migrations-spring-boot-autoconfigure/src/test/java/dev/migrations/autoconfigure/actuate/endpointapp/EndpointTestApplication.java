package dev.migrations.autoconfigure.actuate.endpointapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with two migrations whose ids share the prefix {@code 1f3a}. */
@SpringBootApplication
public class EndpointTestApplication {
}
