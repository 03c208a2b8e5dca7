package dev.tandem.app.export;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.Names;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the journal as files the person owns: one Markdown file with front matter per project,
 * goal, entry, conversation and document, memories in one file, and {@code tandem-export.json} with
 * everything, which {@link Importer} reads back.
 */
public final class Exporter {

    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    public JournalExport snapshot() {
        List<JournalExport.ConversationExport> conversations = new ArrayList<>();
        for (Conversation conversation : store.conversations().list()) {
            conversations.add(new JournalExport.ConversationExport(conversation,
                    store.conversations().turns(conversation.id())));
        }
        List<JournalExport.DocumentExport> documents = new ArrayList<>();
        for (Document document : store.documents().list()) {
            documents.add(new JournalExport.DocumentExport(document, store.documents().chunks(document.id())));
        }
        return new JournalExport(JournalExport.VERSION, store.projects().list(), store.goals().list(),
                store.entries().list(null, Integer.MAX_VALUE), store.memories().list(null), conversations, documents);
    }

    /** Writes into {@code folder}, which must be empty or not exist; returns the snapshot written. */
    public JournalExport write(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (var children = Files.list(folder)) {
                    if (children.findAny().isPresent()) {
                        throw new TandemException("The folder " + folder + " is not empty; export into a new one.");
                    }
                }
            }
            JournalExport export = snapshot();
            for (String sub : new String[] {"projects", "goals", "entries", "conversations", "documents"}) {
                Files.createDirectories(folder.resolve(sub));
            }
            for (Project p : export.projects()) {
                markdown(folder.resolve("projects"), "project-" + p.id(), "name: " + quote(p.name()) + "\nstatus: "
                        + Names.of(p.status()), "# " + p.name() + "\n\n" + p.description());
            }
            for (Goal g : export.goals()) {
                markdown(folder.resolve("goals"), "goal-" + g.id(), "title: " + quote(g.title()) + "\nstatus: "
                        + Names.of(g.status()) + (g.targetDate() == null ? "" : "\ntarget: " + g.targetDate()),
                        "# " + g.title() + "\n\nWhy: " + g.why());
            }
            for (Entry e : export.entries()) {
                markdown(folder.resolve("entries"), "entry-" + e.id(), "title: " + quote(e.title()) + "\ndate: "
                        + e.createdAt() + "\nkind: " + Names.of(e.kind()), e.body());
            }
            StringBuilder memories = new StringBuilder("# Memories\n\n");
            for (Memory m : export.memories()) {
                memories.append("- (").append(Names.of(m.status())).append(", ").append(Names.of(m.kind())).append(") ")
                        .append(m.text()).append('\n');
            }
            Files.writeString(folder.resolve("memories.md"), memories, StandardCharsets.UTF_8);
            for (JournalExport.ConversationExport c : export.conversations()) {
                StringBuilder body = new StringBuilder("# " + c.conversation().title() + "\n");
                for (Turn t : c.turns()) {
                    body.append("\n**").append(t.speaker() != null ? t.speaker() : Names.of(t.role())).append("** (")
                            .append(t.createdAt()).append(")\n\n").append(t.content()).append('\n');
                }
                markdown(folder.resolve("conversations"), "conversation-" + c.conversation().id(), "title: "
                        + quote(c.conversation().title()) + "\ndate: " + c.conversation().createdAt(), body.toString());
            }
            for (JournalExport.DocumentExport d : export.documents()) {
                StringBuilder body = new StringBuilder();
                d.chunks().forEach(chunk -> body.append(chunk.text()).append("\n\n"));
                markdown(folder.resolve("documents"), "document-" + d.document().id(), "file: "
                        + quote(d.document().fileName()) + "\nsha256: " + d.document().sha256(), body.toString());
            }
            Files.writeString(folder.resolve("tandem-export.json"), ExportJson.GSON.toJson(export),
                    StandardCharsets.UTF_8);
            return export;
        } catch (IOException e) {
            throw new TandemException("The export could not be written to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void markdown(Path folder, String name, String front, String body) throws IOException {
        Files.writeString(folder.resolve(name + ".md"), "---\n" + front + "\n---\n\n" + body + "\n",
                StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
