package dev.migrations.autogenerate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Names the mapping quotes: a keyword in lower case (folded to upper case by H2), a mixed-case name with a space. */
@Entity
@Table(name = "\"user\"")
public class QuotedUser {

    @Id
    public Long id;

    @Column(name = "\"Display Name\"", length = 80)
    public String displayName;

    @Column(name = "\"order\"")
    public Integer order;
}
