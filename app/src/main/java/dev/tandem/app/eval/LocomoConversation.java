package dev.tandem.app.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One LoCoMo conversation file: dated sessions of turns between two people, the observations drawn
 * from each session (short facts, each naming the turns it comes from), and questions whose evidence
 * names the turns ("D3:12") that hold the answer. Summaries and events are not read.
 */
record LocomoConversation(String name, List<Session> sessions, List<Question> questions) {

    record Turn(String diaId, String speaker, String text) {
    }

    /** A fact about {@code speaker} drawn from the turns {@code diaIds}. */
    record Observation(String speaker, String text, List<String> diaIds) {
    }

    record Session(int number, LocalDateTime start, List<Turn> turns, List<Observation> observations) {
    }

    record Question(String text, int category, List<String> evidence) {
    }

    private static final Pattern SESSION = Pattern.compile("session_(\\d+)");
    private static final Pattern DIA_ID = Pattern.compile("D(\\d+):(\\d+)");
    private static final DateTimeFormatter WHEN = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("h:mm a 'on' d MMMM, yyyy").toFormatter(Locale.ENGLISH);

    /**
     * Every conversation of {@code path}: a folder of conversation files ({@code *.json}, by name) or
     * one file. A file holds one conversation (its name the file's) or, as the published
     * {@code locomo10.json} does, a list of them (each named by its {@code sample_id}).
     */
    static List<LocomoConversation> readAll(Path path) {
        if (!Files.exists(path)) {
            throw new TandemException("No such file or folder: " + path + ".");
        }
        if (Files.isRegularFile(path)) {
            return readFile(path);
        }
        try (java.util.stream.Stream<Path> files = Files.list(path)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            if (found.isEmpty()) {
                throw new TandemException("No LoCoMo conversation files (*.json) in " + path + ".");
            }
            return found.stream().flatMap(file -> readFile(file).stream()).toList();
        } catch (IOException e) {
            throw new TandemException("Cannot read the folder " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<LocomoConversation> readFile(Path file) {
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new TandemException("Cannot read " + file + " as a LoCoMo conversation: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!root.isJsonArray()) {
            return List.of(read(file, name, root));
        }
        List<LocomoConversation> conversations = new ArrayList<>();
        JsonArray all = root.getAsJsonArray();
        for (int i = 0; i < all.size(); i++) {
            JsonElement sample = all.get(i);
            String id = sample.isJsonObject() && sample.getAsJsonObject().has("sample_id")
                    ? sample.getAsJsonObject().get("sample_id").getAsString() : name + "-" + (i + 1);
            conversations.add(read(file, id, sample));
        }
        return conversations;
    }

    /**
     * A conversation in either layout: its sessions and their observations side by side, or, as
     * published, the sessions under {@code conversation} and the observations under {@code observation}.
     */
    private static LocomoConversation read(Path file, String name, JsonElement element) {
        try {
            JsonObject root = element.getAsJsonObject();
            JsonObject conversation = root.has("conversation") ? root.getAsJsonObject("conversation") : root;
            JsonObject observedApart = root.has("observation") && root.get("observation").isJsonObject()
                    ? root.getAsJsonObject("observation") : new JsonObject();
            List<Session> sessions = new ArrayList<>();
            for (String key : conversation.keySet()) {
                Matcher m = SESSION.matcher(key);
                if (m.matches() && conversation.get(key).isJsonArray()) {
                    String when = conversation.get(key + "_date_time").getAsString();
                    JsonElement observed = conversation.has(key + "_observation")
                            ? conversation.get(key + "_observation") : observedApart.get(key + "_observation");
                    sessions.add(new Session(Integer.parseInt(m.group(1)), parse(when),
                            turns(conversation.getAsJsonArray(key)),
                            observed == null ? List.of() : observations(observed.getAsJsonObject())));
                }
            }
            sessions.sort(java.util.Comparator.comparingInt(Session::number));
            List<Question> questions = new ArrayList<>();
            for (JsonElement qaElement : root.getAsJsonArray("qa")) {
                JsonObject qa = qaElement.getAsJsonObject();
                List<String> evidence = diaIds(qa.get("evidence"));
                questions.add(new Question(qa.get("question").getAsString(), qa.get("category").getAsInt(), evidence));
            }
            return new LocomoConversation(name, sessions, questions);
        } catch (TandemException e) {
            throw new TandemException(file + " (" + name + "): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TandemException("Cannot read " + file + " (" + name + ") as a LoCoMo conversation: "
                    + e.getMessage(), e);
        }
    }

    private static List<Turn> turns(JsonArray array) {
        List<Turn> turns = new ArrayList<>();
        for (JsonElement element : array) {
            JsonObject turn = element.getAsJsonObject();
            String text = turn.get("text").getAsString();
            if (turn.has("blip_caption")) {
                text += " [shares a photo: " + turn.get("blip_caption").getAsString() + "]";
            }
            turns.add(new Turn(diaIds(turn.get("dia_id")).stream().findFirst().orElse(turn.get("dia_id").getAsString()),
                    turn.get("speaker").getAsString(), text));
        }
        return turns;
    }

    /** Per speaker, a list of {@code [sentence, dia_id]} (the id sometimes a list of ids). */
    private static List<Observation> observations(JsonObject bySpeaker) {
        List<Observation> observations = new ArrayList<>();
        for (String speaker : bySpeaker.keySet()) {
            for (JsonElement element : bySpeaker.getAsJsonArray(speaker)) {
                JsonArray pair = element.getAsJsonArray();
                observations.add(new Observation(speaker, pair.get(0).getAsString(), diaIds(pair.get(1))));
            }
        }
        return observations;
    }

    /** The dialogue ids in a string ("D1:3", "D1:3; D2:4", "D1:3 D2:4") or a list of such strings. */
    static List<String> diaIds(JsonElement element) {
        List<String> ids = new ArrayList<>();
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> ids.addAll(diaIds(e)));
        } else if (element.isJsonPrimitive()) {
            Matcher found = DIA_ID.matcher(element.getAsString());
            while (found.find()) {
                ids.add(id(found));
            }
        }
        return ids;
    }

    /** "D30:5" for "D30:05" too (one question of the published data writes it so). */
    private static String id(Matcher found) {
        return "D" + found.group(1).replaceFirst("^0+(?=\\d)", "") + ":" + found.group(2).replaceFirst("^0+(?=\\d)", "");
    }

    private static LocalDateTime parse(String when) {
        try {
            return LocalDateTime.parse(when.strip(), WHEN);
        } catch (DateTimeParseException e) {
            throw new TandemException("Unexpected session date '" + when + "'.", e);
        }
    }
}
