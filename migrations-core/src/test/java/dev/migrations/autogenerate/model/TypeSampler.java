package dev.migrations.autogenerate.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One column of every basic type, a default, an enum by ordinal, checks, a SEQUENCE id (allocation 50). */
@Entity
@Table(check = @CheckConstraint(name = "ck_type_sampler_counts", constraint = "small_count >= 0"))
public class TypeSampler {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    public String text;

    @Column(length = 20, nullable = false)
    @ColumnDefault("'new'")
    public String state = "new";

    @Lob
    public String longText;

    @Lob
    public byte[] largeBytes;

    public byte[] bytes;

    public int intValue;

    public Integer boxedInt;

    public long longValue;

    public short smallCount;

    public BigDecimal amount;

    @Column(precision = 12, scale = 3, comment = "Exact, three decimals")
    public BigDecimal price;

    public double doubleValue;

    public float floatValue;

    public boolean flag;

    public Boolean maybe;

    public UUID uuid;

    public LocalDate localDate;

    public LocalTime localTime;

    public LocalDateTime localStamp;

    public OffsetDateTime offsetStamp;

    public Instant instant;

    public Duration duration;

    @Enumerated(EnumType.ORDINAL)
    public Priority priority;
}
