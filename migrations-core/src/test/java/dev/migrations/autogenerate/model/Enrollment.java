package dev.migrations.autogenerate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.time.LocalDate;

/** @IdClass: a composite key of two basic attributes. */
@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {

    @Id
    public Long student;

    @Id
    @Column(length = 12)
    public String course;

    public LocalDate enrolledOn;
}
