package dev.tandem.memory.model;

import java.time.Instant;
import java.time.LocalDate;

/** Something the person is working toward; {@code why} is their motivation in their own words. */
public record Goal(long id, String title, String why, GoalStatus status, LocalDate targetDate,
                   Long projectId, Instant createdAt, Instant updatedAt) {

    public static Goal draft(String title, String why, LocalDate targetDate, Long projectId) {
        return new Goal(0, title, why == null ? "" : why, GoalStatus.ACTIVE, targetDate, projectId, null, null);
    }
}
