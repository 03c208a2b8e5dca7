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

    @Test
    void aBatchSharedWithHelpersKeepsEachTextsVectorInItsPlace() throws Exception {
        BuiltInEmbedder model = new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add(i % 3 == 0 ? "Long run number " + i + ": knee sore after km " + (10 + i)
                    : i % 3 == 1 ? "Compost turned, the raised bed " + i + " gets tomatoes" : "Budget for month " + i + ": rent and food");
        }
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                        .filter(name -> name.startsWith("tandem-meaning-items")).forEach(threads::add);
                Thread.onSpinWait();
            }
        });
        watcher.start();
        List<float[]> together = model.embed(texts);
        watcher.interrupt();
        watcher.join();

        assertThat(together).hasSize(texts.size()).doesNotContainNull();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(together.get(i)).as("text %d", i).containsExactly(model.embed(List.of(texts.get(i))).get(0),
                    org.assertj.core.data.Offset.offset(1e-5f));
        }
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).as("with no search under way, a helper takes texts too").isNotEmpty();
        }
    }
}
