package dev.tandem.app.cli;

import dev.tandem.memory.model.Titles;
import dev.tandem.app.Tandem;
import dev.tandem.app.cowork.Citation;
import dev.tandem.app.cowork.ContextItem;
import dev.tandem.app.cowork.CoworkSession;
import dev.tandem.app.cowork.PromptPlan;
import dev.tandem.app.cowork.TurnResult;
import dev.tandem.app.partner.Cancellation;
import dev.tandem.memory.model.Conversation;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", description = {"Ask your partner, with your goals and the memories that matter for the message.",
        "The reply streams and cites the memories it used. Offline, the message is saved and queued."})
final class AskCommand extends TandemSubcommand {

    @Option(names = "--conversation", paramLabel = "ID", description = "Continue this conversation.")
    Long conversation;

    @Option(names = "--project", paramLabel = "P", description = "The project you are working in; a new conversation belongs to it.")
    String project;

    @Option(names = "--show-context", description = "First print exactly what will be sent, item by item.")
    boolean showContext;

    @Option(names = "--later", description = "Save the message and queue it; `tandem sync` answers it later.")
    boolean later;

    @Option(names = "--context-window", paramLabel = "TOKENS",
            description = "How many tokens the model reads (default: what the endpoint's preset allows).")
    Integer contextWindow;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "1024",
            description = "The longest reply, in tokens (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Your message.")
    List<String> text;

    @Override
    public Integer call() {
        String message = String.join(" ", text);
        try (Tandem tandem = open(); var partner = openPartner()) {
            awaitIndex(tandem);
            Long projectId = projectId(tandem.store(), project);
            Conversation chat = conversation != null ? tandem.store().conversations().get(conversation)
                    : tandem.store().conversations().start(Titles.conversation(message), projectId, null);
            CoworkSession session = new CoworkSession(tandem.store(), recallFactory().recall(tandem,
                    Clock.systemDefaultZone()), partner.partner(), chat.id(), projectId,
                    contextWindow != null ? contextWindow : partner.contextTokens(), maxTokens);
            if (later) {
                var turn = tandem.store().conversations().addTurn(new dev.tandem.memory.model.Turn(0, chat.id(),
                        dev.tandem.memory.model.TurnRole.USER, null, message, null, null,
                        dev.tandem.memory.model.TurnStatus.COMPLETE, null, null, List.of()));
                long job = CoworkSession.queueReply(tandem.store(), turn);
                out().println("Saved in conversation " + chat.id() + " and queued (job " + job + ").");
                return 0;
            }
            PromptPlan plan = session.prepare(message);
            if (showContext) {
                printPlan(plan);
            }
            TurnResult result = session.send(plan, piece -> {
                out().print(piece);
                out().flush();
            }, new Cancellation());
            if (result.queued()) {
                out().println("The partner is not reachable: " + result.problem());
                out().println("Your message is saved in conversation " + chat.id() + " and queued (job "
                        + result.queuedJob() + "); it will be answered when the endpoint answers again.");
                return 0;
            }
            out().println();
            printSources(result);
            return switch (result.reply().finish()) {
                case COMPLETE -> 0;
                case LENGTH -> {
                    err().println("tandem: the reply was cut short at " + maxTokens + " tokens.");
                    yield 4;
                }
                case CANCELLED -> 130;
                case INCOMPLETE -> {
                    err().println("tandem: the reply is incomplete: " + result.reply().problem());
                    yield 5;
                }
            };
        }
    }

    private void printPlan(PromptPlan plan) {
        out().printf("Context: %d of %d tokens (%d kept for the reply)%n", plan.tokens(), plan.budget(),
                plan.replyTokens());
        for (ContextItem item : plan.items()) {
            out().printf("  [%s] %-12s %-16s %-4s %5d  %s%n", item.on() ? "on " : "off",
                    item.kind().name().toLowerCase(Locale.ROOT), item.source(), item.marker() == null ? "" : item.marker(),
                    item.tokens(), Titles.cut(item.text(), 70));
        }
        for (ContextItem item : plan.dropped()) {
            out().printf("  dropped to fit: %s %s (%d tokens)%n", item.kind().name().toLowerCase(Locale.ROOT),
                    item.source(), item.tokens());
        }
        out().println();
    }

    private void printSources(TurnResult result) {
        for (Citation citation : result.citations()) {
            out().println(citation.known() ? "  [" + citation.marker() + "] " + citation.source()
                    : "  [" + citation.marker() + "] was cited but not given; ignore it");
        }
    }

}
