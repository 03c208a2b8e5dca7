package dev.tandem.app.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in model as Tandem uses it: searches first, items after. */
class BuiltInEmbedderTest {

    @Test
    void anItemBegunJustAfterASearchWaitsItsTurn() {
        BuiltInEmbedder model = new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL);
        float[] question = model.embedQuery("How is my knee after the long run?");
        long start = System.nanoTime();
        List<float[]> items = model.embed(List.of("Long run: 28 km, left knee sore after km 20"));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(waitedMillis).as("an item begun right after a search gives way to the next ones").isGreaterThanOrEqualTo(200);
        assertThat(items).hasSize(1);
        double cosine = 0;
        for (int i = 0; i < question.length; i++) {
            cosine += question[i] * items.get(0)[i];
        }
        assertThat(cosine).as("the knee entry answers the knee question").isGreaterThan(0.6);
    }
}
