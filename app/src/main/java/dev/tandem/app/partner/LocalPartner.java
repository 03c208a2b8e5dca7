package dev.tandem.app.partner;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.tandem.memory.TandemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A GGUF model file run in this process by llama.cpp: fully offline. One generation at a time, one
 * thread by default (on two cores more threads were much slower). llama.cpp leaves a native thread
 * behind after {@link #close()}, so the application ends its process explicitly.
 */
public final class LocalPartner implements Partner, AutoCloseable {

    /** Room for goals, memories and history; llama.cpp would otherwise take the model's own, often small, size. */
    private static final int CONTEXT_TOKENS = 4_096;

    private final Path file;
    private final LlamaModel model;

    public LocalPartner(Path file, int threads) {
        if (!Files.isRegularFile(file)) {
            throw new TandemException("There is no model file at " + file + ". Choose a .gguf file.");
        }
        this.file = file;
        try {
            this.model = new LlamaModel(new ModelParameters().setModel(file.toString()).setThreads(threads)
                    .setCtxSize(CONTEXT_TOKENS).disableLog());
        } catch (RuntimeException | UnsatisfiedLinkError e) { // llama.cpp's exception type is not public
            throw new TandemException("The model file " + file.getFileName() + " could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "Local model " + file.getFileName();
    }

    @Override
    public synchronized Reply stream(ChatRequest chat, Consumer<String> onToken, Cancellation cancellation) {
        List<Pair<String, String>> messages = new ArrayList<>();
        for (ChatMessage message : chat.messages()) {
            messages.add(new Pair<>(message.role() == ChatMessage.Role.USER ? "user" : "assistant",
                    message.content()));
        }
        InferenceParameters parameters = new InferenceParameters("")
                .setUseChatTemplate(true)
                .setMessages(chat.system() == null ? "" : chat.system(), messages)
                .setNPredict(chat.maxTokens());
        StringBuilder text = new StringBuilder();
        int produced = 0;
        try {
            LlamaIterator tokens = model.generate(parameters).iterator();
            cancellation.onCancel(tokens::cancel);
            while (!cancellation.isCancelled() && tokens.hasNext()) {
                String piece = tokens.next().text;
                produced++;
                text.append(piece);
                onToken.accept(piece);
            }
        } catch (RuntimeException e) { // llama.cpp's exception type is not public
            if (cancellation.isCancelled()) {
                return new Reply(text.toString(), Reply.Finish.CANCELLED, null, produced, null);
            }
            if (text.length() == 0) {
                throw new TandemException("The local model could not answer: " + e.getMessage(), e);
            }
            return new Reply(text.toString(), Reply.Finish.INCOMPLETE, null, produced, e.getMessage());
        }
        if (cancellation.isCancelled()) {
            return new Reply(text.toString(), Reply.Finish.CANCELLED, null, produced, null);
        }
        Reply.Finish finish = produced >= chat.maxTokens() ? Reply.Finish.LENGTH : Reply.Finish.COMPLETE;
        return new Reply(text.toString(), finish, null, produced, null);
    }

    @Override
    public List<String> models() {
        return List.of(file.getFileName().toString());
    }

    @Override
    public String test() {
        return describe() + " is loaded.";
    }

    @Override
    public synchronized int countTokens(String text) {
        return text == null || text.isEmpty() ? 0 : model.encode(text).length;
    }

    @Override
    public synchronized void close() {
        model.close();
    }
}
