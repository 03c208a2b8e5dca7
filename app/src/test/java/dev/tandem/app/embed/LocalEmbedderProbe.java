package dev.tandem.app.embed;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.RecallQuery;
import dev.tandem.memory.recall.RecallTuning;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Run in a child JVM by {@link LocalEmbedderTest}: embeds with a real GGUF model and reports what happened. */
public final class LocalEmbedderProbe {

    private LocalEmbedderProbe() {
    }

    public static void main(String[] args) {
        Path model = Path.of(args[0]);
        Path data = Path.of(args[1]);
        try (LocalEmbedder embedder = new LocalEmbedder(model, 1); Tandem tandem = Tandem.open(data)) {
            List<float[]> vectors = embedder.embed(List.of("Once upon a time there was a cat.", "The dog ran."));
            System.out.println("dimensions " + vectors.get(0).length + " " + vectors.get(1).length);
            for (String text : List.of("The cat sat in the sun.", "A big red ball.", "The girl went home.")) {
                tandem.store().entries().add(Entry.draft("", text, EntryKind.NOTE, null, List.of(), null));
            }
            int done = new EmbeddingWorker(tandem.store(), embedder).run(2, 100, count -> { });
            System.out.println("embedded " + done);
            tandem.index().awaitCurrent(Duration.ofSeconds(30));
            int found = new Recall(tandem.index(), Clock.systemUTC(), RecallTuning.defaults(),
                    embedder).find(RecallQuery.of("a kitten in the garden", 5)).size();
            System.out.println("recalled " + found);
        }
        System.out.flush();
        System.exit(0);
    }
}
