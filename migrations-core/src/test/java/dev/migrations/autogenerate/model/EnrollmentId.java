package dev.migrations.autogenerate.model;

import java.io.Serializable;
import java.util.Objects;

public class EnrollmentId implements Serializable {

    public Long student;

    public String course;

    public EnrollmentId() {
    }

    public EnrollmentId(Long student, String course) {
        this.student = student;
        this.course = course;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrollmentId other && Objects.equals(student, other.student) && Objects.equals(course, other.course);
    }

    @Override
    public int hashCode() {
        return Objects.hash(student, course);
    }
}
