package dev.migrations.libraryapps.batch;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A service with a Spring Batch job and a Quartz scheduler, both keeping their state in tables of the service's
 * database that their own schema scripts create ({@code spring.batch.jdbc.initialize-schema},
 * {@code spring.quartz.jdbc.initialize-schema}), beside the tables its migrations create for its entities.
 */
@SpringBootApplication
public class BatchApplication {

    @Bean
    Job nightlyReport(JobRepository repository, PlatformTransactionManager transactions) {
        return new JobBuilder("nightlyReport", repository)
                .start(new StepBuilder("count", repository)
                        .tasklet((contribution, chunk) -> RepeatStatus.FINISHED, transactions).build())
                .build();
    }

    @Entity
    @Table(name = "shipments")
    public static class Shipment {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        private String reference;
    }
}
