package dev.tandem.app.tasks;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Growing waits between attempts: {@code first}, doubling with each attempt up to {@code longest},
 * plus a random share of up to {@code jitter} of that (so many waiting clients do not ask at once).
 */
public record Backoff(Duration first, Duration longest, double jitter) {

    public Backoff {
        if (first.isNegative() || longest.compareTo(first) < 0 || jitter < 0) {
            throw new IllegalArgumentException("a backoff needs 0 <= first <= longest and jitter >= 0");
        }
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} attempts (0 for the first wait). */
    public Duration wait(int attempt) {
        long base = first.toMillis();
        long cap = longest.toMillis();
        for (int i = 0; i < attempt && base < cap; i++) {
            base = base * 2;
        }
        base = Math.min(base, cap);
        long spread = (long) (base * jitter);
        return Duration.ofMillis(base + (spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1)));
    }
}
