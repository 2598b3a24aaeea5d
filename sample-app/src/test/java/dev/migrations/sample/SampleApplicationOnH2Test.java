package dev.migrations.sample;

/** The application as {@code mvn spring-boot:run} starts it: on its default embedded H2 database. */
class SampleApplicationOnH2Test extends SampleApplicationContract {
}
