package dev.tandem.bench.common;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fills a journal with every kind of item in the proportions a few years of use give: a third
 * entries, a third document chunks (ten per document), a quarter conversation turns (twenty per
 * conversation) and the rest accepted memories.
 */
public final class SyntheticItems {

    private static final int CHUNKS_PER_DOCUMENT = 10;
    private static final int TURNS_PER_CONVERSATION = 20;

    private final SyntheticJournal text;
    private final Instant now = Instant.now();

    public SyntheticItems(SyntheticJournal text) {
        this.text = text;
    }

    public void fill(Tandem tandem, int items) {
        int entries = items / 3;
        int chunks = items / 3 / CHUNKS_PER_DOCUMENT * CHUNKS_PER_DOCUMENT;
        int turns = items / 4 / TURNS_PER_CONVERSATION * TURNS_PER_CONVERSATION;
        int memories = items - entries - chunks - turns;
        addEntries(tandem, entries);
        addDocuments(tandem, chunks / CHUNKS_PER_DOCUMENT);
        addConversations(tandem, turns / TURNS_PER_CONVERSATION);
        addMemories(tandem, memories);
    }

    private void addEntries(Tandem tandem, int count) {
        List<CompletableFuture<Long>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int topic = text.topic();
            pending.add(tandem.store().entries().addAsync(Entry.draft(text.title(topic).strip(),
                    text.text(topic, 200 + text.nextInt(1_200)), EntryKind.NOTE, null, List.of(), text.date(now, 3))));
            if (pending.size() >= 2_000) {
                pending.forEach(CompletableFuture::join);
                pending.clear();
            }
        }
        pending.forEach(CompletableFuture::join);
    }

    private void addDocuments(Tandem tandem, int count) {
        for (int d = 0; d < count; d++) {
            int topic = text.topic();
            List<Chunk> chunks = new ArrayList<>();
            int offset = 0;
            for (int c = 0; c < CHUNKS_PER_DOCUMENT; c++) {
                String body = text.text(topic, 1_500);
                chunks.add(new Chunk(0, 0, c, body, offset, offset + body.length(), "Section " + (c + 1)));
                offset += body.length() + 2;
            }
            tandem.store().documents().add(new Document(0, "document-" + d + ".pdf", String.format("%064x", d),
                    "application/pdf", offset, null, text.date(now, 3)), chunks);
        }
    }

    private void addConversations(Tandem tandem, int count) {
        for (int c = 0; c < count; c++) {
            int topic = text.topic();
            Instant start = text.date(now, 3);
            long id = tandem.store().conversations().start(text.title(topic).strip(), null, start).id();
            List<Turn> turns = new ArrayList<>();
            for (int t = 0; t < TURNS_PER_CONVERSATION; t++) {
                turns.add(new Turn(0, id, t % 2 == 0 ? TurnRole.USER : TurnRole.ASSISTANT, null,
                        text.text(topic, 80 + text.nextInt(500)), start.plusSeconds(60L * t), null,
                        TurnStatus.COMPLETE, null, null, List.of()));
            }
            tandem.store().conversations().addTurns(turns);
        }
    }

    private void addMemories(Tandem tandem, int count) {
        List<Memory> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new Memory(0, text.text(text.topic(), 60), MemoryKind.FACT, MemoryStatus.ACCEPTED, null, null,
                    text.date(now, 3), null));
            if (batch.size() == 1_000 || i == count - 1) {
                tandem.store().memories().addAll(batch);
                batch.clear();
            }
        }
    }
}
