package dev.tandem.app.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30));
    private final ZonedDateTime now = ZonedDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDateAndCapsIt() {
        assertThat(policy.retryAfter("12", 0, now)).isEqualTo(Duration.ofSeconds(12));
        assertThat(policy.retryAfter("Sun, 29 Nov 2026 10:00:45 GMT", 0, now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.retryAfter("Sun, 29 Nov 2026 10:00:10 GMT", 0, now)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.retryAfter("3600", 0, now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.retryAfter("Sun, 29 Nov 2026 09:00:00 GMT", 0, now)).isEqualTo(Duration.ZERO);
    }

    @Test
    void backsOffExponentiallyWithJitter() {
        for (int i = 0; i < 20; i++) {
            assertThat(policy.backoff(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(750));
            assertThat(policy.backoff(2)).isBetween(Duration.ofMillis(2_000), Duration.ofMillis(3_000));
        }
        assertThat(policy.retryAfter("soon", 1, now)).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_500));
    }
}
