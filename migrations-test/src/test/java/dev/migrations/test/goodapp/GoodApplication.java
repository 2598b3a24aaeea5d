package dev.migrations.test.goodapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A JPA application whose migrations pass every check. */
@SpringBootApplication
public class GoodApplication {
}
