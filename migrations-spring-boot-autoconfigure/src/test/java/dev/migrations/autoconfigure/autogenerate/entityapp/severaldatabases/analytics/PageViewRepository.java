package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.analytics;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageViewRepository extends JpaRepository<PageView, Long> {
}
