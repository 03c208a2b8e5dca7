package dev.tandem.memory.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code conversations.json} of a ChatGPT data export: each conversation's thread (from its
 * current node back to the start) becomes a conversation with its turns and their original times.
 */
public final class ChatGptExport {

    /** How an import went. */
    public record Outcome(int conversations, int turns, int alreadyThere) {
    }

    private ChatGptExport() {
    }

    public static Outcome importInto(Store store, Path file) {
        JsonArray conversations;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(in);
            if (!root.isJsonArray()) {
                throw new TandemException(file.getFileName() + " is not a ChatGPT conversations.json (no list).");
            }
            conversations = root.getAsJsonArray();
        } catch (IOException | JsonParseException e) {
            throw new TandemException(file.getFileName() + " cannot be read as JSON: " + e.getMessage(), e);
        }
        Set<String> known = new HashSet<>();
        store.conversations().list().forEach(c -> known.add(c.title() + "@" + c.createdAt().toEpochMilli()));
        int imported = 0;
        int turns = 0;
        int skipped = 0;
        for (JsonElement element : conversations) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject conversation = element.getAsJsonObject();
            String title = string(conversation, "title", "Imported conversation");
            Instant created = time(conversation.get("create_time"), Instant.EPOCH);
            if (!known.add(title + "@" + created.toEpochMilli())) {
                skipped++;
                continue;
            }
            List<Turn> thread = thread(conversation, created);
            if (thread.isEmpty()) {
                continue;
            }
            long id = store.conversations().start(title, null, created).id();
            List<Turn> owned = new ArrayList<>();
            for (Turn turn : thread) {
                owned.add(new Turn(0, id, turn.role(), null, turn.content(), turn.createdAt(), "ChatGPT",
                        TurnStatus.COMPLETE, null, null, List.of()));
            }
            store.conversations().addTurns(owned);
            imported++;
            turns += owned.size();
        }
        return new Outcome(imported, turns, skipped);
    }

    /** The messages from the current node back to the root, in order, user and assistant only. */
    private static List<Turn> thread(JsonObject conversation, Instant created) {
        JsonObject mapping = conversation.has("mapping") && conversation.get("mapping").isJsonObject()
                ? conversation.getAsJsonObject("mapping") : new JsonObject();
        String node = string(conversation, "current_node", null);
        List<Turn> turns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (node != null && seen.add(node) && mapping.has(node)) {
            JsonObject entry = mapping.getAsJsonObject(node);
            Turn turn = turn(entry.get("message"), created);
            if (turn != null) {
                turns.add(turn);
            }
            node = entry.has("parent") && !entry.get("parent").isJsonNull() ? entry.get("parent").getAsString() : null;
        }
        Collections.reverse(turns);
        return turns;
    }

    private static Turn turn(JsonElement message, Instant fallback) {
        if (message == null || !message.isJsonObject()) {
            return null;
        }
        JsonObject object = message.getAsJsonObject();
        String role = object.has("author") && object.get("author").isJsonObject()
                ? string(object.getAsJsonObject("author"), "role", "") : "";
        if (!role.equals("user") && !role.equals("assistant")) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        JsonObject content = object.has("content") && object.get("content").isJsonObject()
                ? object.getAsJsonObject("content") : new JsonObject();
        if (content.has("parts") && content.get("parts").isJsonArray()) {
            for (JsonElement part : content.getAsJsonArray("parts")) {
                if (part.isJsonPrimitive()) {
                    text.append(text.length() == 0 ? "" : "\n").append(part.getAsString());
                }
            }
        }
        if (text.toString().isBlank()) {
            return null;
        }
        return new Turn(0, 0, role.equals("user") ? TurnRole.USER : TurnRole.ASSISTANT, null, text.toString(),
                time(object.get("create_time"), fallback), null, TurnStatus.COMPLETE, null, null, List.of());
    }

    private static Instant time(JsonElement seconds, Instant fallback) {
        if (seconds == null || seconds.isJsonNull() || !seconds.isJsonPrimitive()) {
            return fallback;
        }
        try {
            return Instant.ofEpochMilli(Math.round(seconds.getAsDouble() * 1000));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String string(JsonObject object, String key, String fallback) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() && !value.getAsString().isBlank() ? value.getAsString() : fallback;
    }
}
