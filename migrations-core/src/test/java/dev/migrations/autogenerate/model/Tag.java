package dev.migrations.autogenerate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** SEQUENCE id with an explicit generator and allocation size. */
@Entity
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_ids")
    @SequenceGenerator(name = "tag_ids", sequenceName = "tag_id_seq", allocationSize = 20)
    public Long id;

    @Column(nullable = false, length = 40)
    public String label;
}
