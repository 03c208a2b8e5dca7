package dev.tandem.app.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.memory.TandemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval dataset in BEIR's layout: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}),
 * {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/test.tsv} (a header line, then
 * query id, corpus id and a score; when it is missing, the one split {@code qrels} holds; a score
 * above 0 marks the document relevant, and is its grade in nDCG: 2 counts twice 1, as in BEIR's own
 * figures for graded datasets like TREC-COVID or NFCorpus).
 */
record BeirDataset(String name, List<Doc> corpus, Map<String, String> queries,
        Map<String, Map<String, Double>> relevant) {

    record Doc(String id, String title, String text) {
    }

    static BeirDataset read(Path folder) {
        List<Doc> corpus = new ArrayList<>();
        for (JsonObject line : jsonLines(folder.resolve("corpus.jsonl"))) {
            corpus.add(new Doc(string(line, "_id"), line.has("title") ? string(line, "title") : "",
                    string(line, "text")));
        }
        Map<String, String> queries = new LinkedHashMap<>();
        for (JsonObject line : jsonLines(folder.resolve("queries.jsonl"))) {
            queries.put(string(line, "_id"), string(line, "text"));
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new BeirDataset(name == null ? "beir" : name.toString(), corpus, queries, qrels(judgements(folder)));
    }

    /** {@code qrels/test.tsv}; in a dataset judged on one other split only, that split's file. */
    private static Path judgements(Path folder) {
        Path qrels = folder.resolve("qrels");
        Path test = qrels.resolve("test.tsv");
        if (Files.exists(test) || !Files.isDirectory(qrels)) {
            return test;
        }
        try (java.util.stream.Stream<Path> files = Files.list(qrels)) {
            List<Path> splits = files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
            if (splits.size() == 1) {
                return splits.get(0);
            }
            throw new TandemException(qrels + " has no test.tsv" + (splits.isEmpty() ? "." : " but several splits: "
                    + splits.stream().map(f -> f.getFileName().toString()).toList()
                    + "; keep the one to measure as test.tsv."));
        } catch (IOException e) {
            throw new TandemException("Cannot read " + qrels + ": " + e.getMessage(), e);
        }
    }

    private static List<JsonObject> jsonLines(Path file) {
        List<JsonObject> objects = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    objects.add(JsonParser.parseString(line).getAsJsonObject());
                } catch (RuntimeException e) {
                    throw new TandemException(file + ", line " + number + ": not a JSON object (" + e.getMessage()
                            + ").", e);
                }
            }
        } catch (IOException e) {
            throw new TandemException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return objects;
    }

    private static String string(JsonObject object, String field) {
        JsonElement value = object.get(field);
        if (value == null || !value.isJsonPrimitive()) {
            throw new TandemException("A line has no '" + field + "': " + object);
        }
        return value.getAsString();
    }

    private static Map<String, Map<String, Double>> qrels(Path file) {
        Map<String, Map<String, Double>> relevant = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] fields = lines.get(i).split("\t");
                if (fields.length < 3) {
                    throw new TandemException(file + ", line " + (i + 1) + ": expected query-id, corpus-id and score.");
                }
                double grade = Double.parseDouble(fields[2].strip());
                if (grade > 0) {
                    relevant.computeIfAbsent(fields[0].strip(), q -> new LinkedHashMap<>())
                            .put(fields[1].strip(), grade);
                }
            }
        } catch (IOException e) {
            throw new TandemException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new TandemException(file + ": a score is not a number (" + e.getMessage() + ").", e);
        }
        return relevant;
    }
}
