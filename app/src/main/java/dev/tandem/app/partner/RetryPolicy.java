package dev.tandem.app.partner;

import dev.tandem.app.tasks.Backoff;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How often and how long to wait before asking again: at most {@code retries} more times, as long as
 * the server asks (Retry-After, in seconds or as an HTTP date) but never longer than {@code maxWait},
 * otherwise doubling from {@code firstBackoff} with up to half as much again at random.
 */
public record RetryPolicy(int retries, Duration firstBackoff, Duration maxWait) {

    public static RetryPolicy standard() {
        return new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    Duration backoff(int attempt) {
        return cap(new Backoff(firstBackoff, maxWait.compareTo(firstBackoff) < 0 ? firstBackoff : maxWait, 0.5)
                .wait(attempt));
    }

    /** The wait a Retry-After header asks for, or the backoff when it is absent or unreadable. */
    Duration retryAfter(String header, int attempt, ZonedDateTime now) {
        if (header == null || header.isBlank()) {
            return backoff(attempt);
        }
        try {
            return cap(Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip()))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(now, at);
                return cap(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return backoff(attempt);
            }
        }
    }

    private Duration cap(Duration wait) {
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
