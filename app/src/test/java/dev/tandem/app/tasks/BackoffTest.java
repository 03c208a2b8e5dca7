package dev.tandem.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheFirstWaitToTheLongestWithJitterOnTop() {
        Backoff probing = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.25);
        for (int i = 0; i < 20; i++) {
            assertThat(probing.wait(0)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1_250));
            assertThat(probing.wait(3)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
            assertThat(probing.wait(30)).isBetween(Duration.ofMinutes(5), Duration.ofSeconds(375));
            assertThat(probing.wait(Integer.MAX_VALUE)).isBetween(Duration.ofMinutes(5), Duration.ofSeconds(375));
        }
    }

    @Test
    void withoutJitterTheWaitIsExact() {
        Backoff retrying = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30L << 6), 0);
        assertThat(retrying.wait(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(retrying.wait(10)).isEqualTo(Duration.ofSeconds(30L << 6));
    }
}
