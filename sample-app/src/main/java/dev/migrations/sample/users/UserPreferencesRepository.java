package dev.migrations.sample.users;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface UserPreferencesRepository extends JpaRepository<UserPreferences, Long> {

    /** Served by idx_user_preferences_user_id. */
    List<UserPreferences> findByUserId(Long userId);
}
