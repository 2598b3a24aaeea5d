package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.orders;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {
}
