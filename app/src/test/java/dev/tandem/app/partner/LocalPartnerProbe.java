package dev.tandem.app.partner;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Run in a child JVM by {@link LocalPartnerTest}: streams from a real GGUF model, then cancels one reply. */
public final class LocalPartnerProbe {

    private LocalPartnerProbe() {
    }

    public static void main(String[] args) {
        try (LocalPartner partner = new LocalPartner(Path.of(args[0]), 1)) {
            AtomicInteger pieces = new AtomicInteger();
            Reply whole = partner.stream(new ChatRequest("You tell stories.",
                    java.util.List.of(ChatMessage.user("Once upon a time")), 40), piece -> pieces.incrementAndGet(),
                    new Cancellation());
            System.out.println("streamed " + pieces.get() + " finish " + whole.finish() + " chars "
                    + whole.text().length());

            Cancellation cancellation = new Cancellation();
            AtomicInteger beforeCancel = new AtomicInteger();
            Reply stopped = partner.stream(new ChatRequest(null, java.util.List.of(ChatMessage.user("Tell me more")),
                    400), piece -> {
                        if (beforeCancel.incrementAndGet() == 5) {
                            cancellation.cancel();
                        }
                    }, cancellation);
            System.out.println("cancelled " + stopped.finish() + " after " + beforeCancel.get());
            System.out.println("tokens " + partner.countTokens("Once upon a time"));
        }
        System.out.flush();
        System.exit(0);
    }
}
