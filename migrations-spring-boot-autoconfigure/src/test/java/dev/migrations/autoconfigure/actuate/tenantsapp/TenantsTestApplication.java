package dev.migrations.autoconfigure.actuate.tenantsapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with a schema per tenant: {@code migrations.tenants.schemas} names them. */
@SpringBootApplication
public class TenantsTestApplication {
}
