package dev.tandem.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.Damage;
import dev.tandem.ui.LoggedFailures;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    @TempDir
    Path dir;

    @Test
    void entriesAreGroupedUnderTheirDayNewestFirst() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC);
        try (Tandem tandem = Tandem.open(dir)) {
            add(tandem, "Late today", "2026-11-29T17:00:00Z");
            add(tandem, "Early today", "2026-11-29T07:00:00Z");
            add(tandem, "Yesterday evening", "2026-11-28T21:00:00Z");
            add(tandem, "Last week", "2026-11-23T09:00:00Z");
            add(tandem, "Last year", "2025-06-02T09:00:00Z");
            TimelineViewModel model = new TimelineViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                    clock);
            model.refresh().join();
            assertThat(model.rows()).extracting(row -> row.heading() ? "# " + row.day() : row.entry().title())
                    .containsExactly("# Today", "Late today", "Early today", "# Yesterday", "Yesterday evening",
                            "# Monday 23 November", "Last week", "# 2 June 2025", "Last year");
        }
    }

    @Test
    void aTimelineThatCannotBeReadSaysSoAndTheLogHasWhy() {
        try (Tandem tandem = Tandem.open(dir); LoggedFailures log = new LoggedFailures()) {
            TimelineViewModel model = new TimelineViewModel(tandem.store(), TaskExecutor.sameThread(), Runnable::run,
                    Clock.systemUTC());
            Damage.takeAway(tandem, "entry");
            model.refresh();
            assertThat(model.problemProperty().get()).startsWith("The timeline could not be read: ");
            assertThat(log.lines()).singleElement().asString().startsWith("reading the timeline failed");
        }
    }

    @Test
    void headlinesFallBackToTheFirstLineWithoutMarkdown() {
        Entry entry = Entry.draft("", "## Planting day\nmore", EntryKind.NOTE, null, List.of(), null);
        assertThat(TimelineViewModel.headline(entry)).isEqualTo("Planting day");
        assertThat(TimelineViewModel.dayName(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))).isEqualTo("Yesterday");
    }

    private static void add(Tandem tandem, String title, String at) {
        tandem.store().entries().add(Entry.draft(title, title + " text", EntryKind.NOTE, null, List.of(),
                Instant.parse(at)));
    }

}
