package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.Version;
import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.store.Database;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "doctor", description = "Check the data directory, the journal and its index; exit 0 only when all is well.")
final class DoctorCommand extends TandemSubcommand {

    @Override
    public Integer call() {
        try (Tandem tandem = open()) {
            boolean healthy = true;
            row("data directory", tandem.dataDirectory().root().toString());
            row("tandem", Version.current() + " (schema " + Database.schemaVersion() + ")");
            row("java", System.getProperty("java.version") + " " + System.getProperty("java.vm.name"));
            // "installed" comes from the installed app's launcher (packaging/pom.xml, --java-options).
            row("launcher", System.getProperty("tandem.launcher", "development") + " (" + System.getProperty("java.home") + ")");
            row("sqlite", sqliteVersion(tandem));
            row("lucene", SearchIndex.luceneVersion());

            String check = tandem.store().database().quickCheck();
            healthy &= check.equals("ok");
            row("quick_check", check);

            boolean current = tandem.index().awaitCurrent(Duration.ofMinutes(2));
            Map<ItemKind, Long> stored = tandem.index().storedCounts();
            Map<ItemKind, Long> indexed = tandem.index().indexedCounts();
            for (ItemKind kind : ItemKind.values()) {
                long inStore = stored.getOrDefault(kind, 0L);
                long inIndex = indexed.getOrDefault(kind, 0L);
                healthy &= inStore == inIndex;
                row(plural(kind), "store " + inStore + ", index " + inIndex
                        + (inStore == inIndex ? "" : "  <- differs"));
            }
            long storeSequence = tandem.store().database().changeSequence();
            long indexSequence = tandem.index().indexedSequence();
            healthy &= current && storeSequence == indexSequence;
            row("sequence", "store " + storeSequence + ", index " + indexSequence
                    + (storeSequence == indexSequence ? "" : "  <- behind"));
            row("index", tandem.index().state().phase().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            out().println(healthy ? "All is well." : "Problems found (see above). `tandem reindex` rebuilds the index.");
            return healthy ? 0 : 1;
        }
    }

    private static String plural(ItemKind kind) {
        return switch (kind) {
            case ENTRY -> "entries";
            case MEMORY -> "memories";
            default -> kind.name().toLowerCase(Locale.ROOT) + "s";
        };
    }

    private void row(String name, String value) {
        out().printf("%-16s %s%n", name, value);
    }

    private static String sqliteVersion(Tandem tandem) {
        return tandem.store().database().read(c -> c.getMetaData().getDatabaseProductVersion());
    }
}
