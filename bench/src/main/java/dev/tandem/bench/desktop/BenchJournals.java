package dev.tandem.bench.desktop;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.DesktopSettings;
import dev.tandem.app.settings.EndpointSettings;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.bench.common.SyntheticJournal;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The journals the window is measured with. */
final class BenchJournals {

    private BenchJournals() {
    }

    /** Brings the journal in {@code folder} to {@code entries} entries, its index current and merged. */
    static void withEntries(Path folder, int entries) {
        try (Tandem tandem = Tandem.open(folder)) {
            long have = tandem.store().entries().count();
            if (have < entries) {
                System.out.println("writing " + (entries - have) + " entries into " + folder);
                SyntheticJournal text = new SyntheticJournal(3);
                Instant now = Instant.now();
                List<Entry> batch = new ArrayList<>();
                for (long i = have; i < entries; i++) {
                    int topic = text.topic();
                    batch.add(Entry.draft(text.title(topic).strip(), text.text(topic, 200 + text.nextInt(900)),
                            EntryKind.NOTE, null, List.of(), text.date(now, 3)));
                    if (batch.size() == 2_000) {
                        tandem.store().entries().addAll(batch);
                        batch.clear();
                    }
                }
                tandem.store().entries().addAll(batch);
            }
            tandem.index().awaitCurrent(Duration.ofMinutes(30));
            tandem.index().awaitMerges();
        }
    }

    /** A new journal in {@code folder} with one conversation of 500 turns, talking to {@code endpoint}. */
    static void withLongConversation(Path folder, String endpoint) {
        try (Tandem tandem = Tandem.open(folder)) {
            long conversation = tandem.store().conversations().start("Training", null, null).id();
            SyntheticJournal text = new SyntheticJournal(9);
            List<Turn> turns = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                int topic = text.topic();
                turns.add(new Turn(0, conversation, i % 2 == 0 ? TurnRole.USER : TurnRole.ASSISTANT, null,
                        (i % 2 == 1 ? "**Plan** for this week:\n\n- " : "") + text.text(topic, 300), null, null,
                        TurnStatus.COMPLETE, null, null, List.of()));
            }
            tandem.store().conversations().addTurns(turns);
            tandem.index().awaitCurrent(Duration.ofMinutes(5));
        }
        new SettingsFile(folder).update(settings -> settings.withEndpoint(new EndpointSettings(Preset.CUSTOM, endpoint,
                "bench", 30, false)).withDesktop(new DesktopSettings("system", true)));
    }
}
