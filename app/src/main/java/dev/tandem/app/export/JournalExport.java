package dev.tandem.app.export;

import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.Turn;
import java.util.List;

/** Everything a journal holds, as plain data: what {@code tandem-export.json} contains. No secrets, no settings. */
public record JournalExport(int version, List<Project> projects, List<Goal> goals, List<Entry> entries,
                            List<Memory> memories, List<ConversationExport> conversations,
                            List<DocumentExport> documents) {

    public static final int VERSION = 1;

    public record ConversationExport(Conversation conversation, List<Turn> turns) {
    }

    public record DocumentExport(Document document, List<Chunk> chunks) {
    }
}
