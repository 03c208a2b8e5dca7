package dev.tandem.app.mcp;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** A journal of a few real-sounding items, written and closed, for a server to open. */
final class SmallJournal {

    record Ids(long goal, long kneeEntry, long compostEntry) {
    }

    private SmallJournal() {
    }

    static Ids write(Path dir) {
        try (Tandem tandem = Tandem.open(dir)) {
            Ids ids = write(tandem);
            tandem.index().awaitCurrent(Duration.ofSeconds(30));
            return ids;
        }
    }

    static Ids write(Tandem tandem) {
        Project running = tandem.store().projects().add(Project.draft("Running", ""));
        Goal marathon = tandem.store().goals().add(Goal.draft("Run a sub-4-hour marathon in April",
                "I want to prove to myself I can train steadily for months.", LocalDate.of(2027, 4, 18), running.id()));
        Entry knee = tandem.store().entries().add(Entry.draft("Long run", "Long run: 28 km, left knee sore after km 20. "
                + "Iced it in the evening.", EntryKind.LOG, running.id(), List.of(marathon.id()), null));
        Entry compost = tandem.store().entries().add(Entry.draft("Garden", "Turned the compost heap; the worms are "
                + "busy and the seedlings need thinning.", EntryKind.NOTE, null, List.of(), null));
        return new Ids(marathon.id(), knee.id(), compost.id());
    }
}
