package dev.tandem.app.cli;

import com.google.gson.JsonParser;
import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Conversation;
import dev.tandem.memory.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "conversations", description = "List conversations, newest first.")
final class ConversationsCommand extends TandemSubcommand {

    @Option(names = "--json", description = "One JSON array, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            List<Conversation> conversations = tandem.store().conversations().list();
            if (json) {
                out().println(Json.of(conversations));
                return 0;
            }
            for (Conversation conversation : conversations) {
                out().printf("%6d  %s  %s%n", conversation.id(), day(conversation.updatedAt()), conversation.title());
            }
        }
        return 0;
    }

    @Command(name = "turns", description = "Show the turns of a conversation, with what each reply cited.")
    static final class Turns extends TandemSubcommand {

        @Parameters(paramLabel = "ID", description = "The conversation's id, as tandem conversations shows it.")
        long id;

        @Option(names = "--json", description = "One JSON array, for scripts.")
        boolean json;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                var conversations = tandem.store().conversations();
                conversations.get(id);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Turn turn : conversations.turns(id)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("turn", turn);
                    row.put("citations", JsonParser.parseString(conversations.citations(turn.id())));
                    row.put("given", JsonParser.parseString(conversations.contextSources(turn.id())));
                    rows.add(row);
                    if (!json) {
                        out().printf("%s %s%s%n%s%n", turn.role().name().toLowerCase(Locale.ROOT),
                                day(turn.createdAt()), turn.status().name().equals("COMPLETE") ? ""
                                        : " (" + turn.status().name().toLowerCase(Locale.ROOT) + ")", turn.content());
                        String cited = conversations.citations(turn.id());
                        if (!cited.equals("[]")) {
                            out().println("cited: " + cited);
                        }
                        out().println();
                    }
                }
                if (json) {
                    out().println(Json.of(rows));
                }
            }
            return 0;
        }
    }
}
