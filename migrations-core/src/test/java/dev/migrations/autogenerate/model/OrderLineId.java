package dev.migrations.autogenerate.model;

import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class OrderLineId implements Serializable {

    public Long orderId;

    public int lineNumber;

    public OrderLineId() {
    }

    public OrderLineId(Long orderId, int lineNumber) {
        this.orderId = orderId;
        this.lineNumber = lineNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineId other && Objects.equals(orderId, other.orderId) && lineNumber == other.lineNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNumber);
    }
}
