package dev.migrations.autogenerate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(length = 200)
    public String street;

    @Column(length = 100, nullable = false)
    public String city;

    @Column(length = 10)
    public String zip;

    public Address() {
    }

    public Address(String street, String city, String zip) {
        this.street = street;
        this.city = city;
        this.zip = zip;
    }
}
