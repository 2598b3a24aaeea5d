package dev.migrations.autogenerate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Comment;

/** Hibernate's own @Check and @Comment, and a one-to-one: a unique foreign key. */
@Entity
@SuppressWarnings("deprecation")
@Check(name = "ck_profile_nickname", constraints = "char_length(nickname) > 1")
@Comment("One per customer")
public class Profile {

    @Id
    @GeneratedValue
    public Long id;

    @Comment("Shown to other customers")
    public String nickname;

    @OneToOne
    public Customer customer;
}
