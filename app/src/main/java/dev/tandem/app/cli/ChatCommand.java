package dev.tandem.app.cli;

import dev.tandem.app.partner.Cancellation;
import dev.tandem.app.partner.ChatRequest;
import dev.tandem.app.partner.Reply;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "chat", description = {"Send one message to the endpoint and stream the plain reply.",
        "No memories are added: that is what `ask` does."})
final class ChatCommand extends TandemSubcommand {

    @Option(names = "--system", paramLabel = "S", description = "Instructions for the model.")
    String system;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "1024",
            description = "The longest reply, in tokens (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The message.")
    List<String> text;

    @Override
    public Integer call() {
        try (var tandem = open(); var session = openPartner()) {
            Cancellation cancellation = new Cancellation();
            // Ctrl-C in this terminal stops the reply; run for a terminal by the window, this process is not it.
            Thread stop = context().hosted() ? null : new Thread(cancellation::cancel, "tandem-chat-stop");
            Reply reply;
            if (stop != null) {
                Runtime.getRuntime().addShutdownHook(stop);
            }
            try {
                reply = session.partner().stream(new ChatRequest(system,
                        List.of(dev.tandem.app.partner.ChatMessage.user(String.join(" ", text))), maxTokens),
                        piece -> {
                            out().print(piece);
                            out().flush();
                        }, cancellation);
            } finally {
                if (stop != null) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(stop);
                    } catch (IllegalStateException shuttingDown) {
                        // Ctrl-C ran the hook: the process is ending anyway
                    }
                }
            }
            out().println();
            return switch (reply.finish()) {
                case COMPLETE -> 0;
                case LENGTH -> {
                    err().println("tandem: the reply was cut short at " + maxTokens + " tokens.");
                    yield 4;
                }
                case CANCELLED -> 130;
                case INCOMPLETE -> {
                    err().println("tandem: the reply is incomplete: " + reply.problem());
                    yield 5;
                }
            };
        }
    }
}
