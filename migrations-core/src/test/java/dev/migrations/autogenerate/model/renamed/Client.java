package dev.migrations.autogenerate.model.renamed;

import dev.migrations.autogenerate.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Was {@code customer (id, name)}: the table and a column renamed, stated on the entity and the field. */
@Entity
@RenamedFrom("customer")
public class Client {

    @Id
    public Long id;

    @RenamedFrom("name")
    @Column(nullable = false, length = 100)
    public String fullName;

    /** The getter form: the column was {@code mail}. */
    private String email;

    @RenamedFrom("mail")
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
