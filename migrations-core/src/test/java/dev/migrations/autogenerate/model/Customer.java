package dev.migrations.autogenerate.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** IDENTITY id, an embeddable twice, a many-to-many join table, an ordered element collection, a version. */
@Entity
@Table(comment = "People who buy")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 120)
    public String email;

    public String name;

    public int loyaltyPoints;

    @Embedded
    public Address homeAddress;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100))
    @AttributeOverride(name = "zip", column = @Column(name = "billing_zip", length = 10))
    public Address billingAddress;

    @ManyToMany
    @JoinTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone", length = 30)
    public List<String> phones = new ArrayList<>();

    @Version
    public int version;
}
