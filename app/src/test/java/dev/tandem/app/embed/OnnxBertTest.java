package dev.tandem.app.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in model run by Tandem itself gives the tokens of the model's own (Rust) tokenizer and
 * the vectors of the model's reference runner: bge-small-reference.json holds, for texts with accents,
 * invisible marks, emoji, Chinese and Japanese, tabs, links and an over-long word, the ids that
 * HuggingFace tokenizers gave and the vectors langchain4j's runner of the same model gave.
 */
class OnnxBertTest {

    private static OnnxBert model;

    @BeforeAll
    static void load() {
        model = OnnxBert.fromResources("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json");
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void tokensAndVectorsAreTheReferenceOnes() throws Exception {
        JsonArray cases;
        try (var in = OnnxBertTest.class.getResourceAsStream("/embed/bge-small-reference.json")) {
            cases = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonArray();
        }
        assertThat(cases).hasSize(7);
        for (JsonElement element : cases) {
            JsonObject reference = element.getAsJsonObject();
            String text = reference.get("text").getAsString();
            long[] ids = reference.getAsJsonArray("ids").asList().stream().mapToLong(JsonElement::getAsLong).toArray();
            assertThat(model.ids(text)).as(text).containsExactly(ids);
            JsonArray expected = reference.getAsJsonArray("vector");
            float[] vector = model.encode(text);
            assertThat(vector).hasSize(expected.size());
            double dot = 0;
            for (int i = 0; i < vector.length; i++) {
                dot += vector[i] * expected.get(i).getAsDouble();
            }
            assertThat(dot).as("cosine with the reference vector of " + text).isGreaterThan(0.999);
        }
    }

    @Test
    void aTextLongerThanTheModelReadsIsCutNotRefused() {
        String longText = "knee training marathon ".repeat(400);
        assertThat(model.ids(longText)).hasSize(OnnxBert.MAX_TOKENS + 2);
        float[] vector = model.encode(longText);
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        assertThat(norm).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void emptyAndInvisibleTextsStillHaveAVector() {
        for (String text : List.of("", "\u200e\u200b", "\u0000\u0007")) {
            assertThat(model.ids(text)).hasSize(2);
            assertThat(model.encode(text)).hasSize(384);
        }
    }

    @Test
    void cleaningDropsAccentsAndMarksAndSpacesIdeographs() {
        assertThat(OnnxBert.clean("Café\u200e 膝")).isEqualTo("Cafe  膝 ");
    }
}
