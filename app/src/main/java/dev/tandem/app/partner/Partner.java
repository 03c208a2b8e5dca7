package dev.tandem.app.partner;

import java.util.List;
import java.util.function.Consumer;

/** A model Tandem talks to: an OpenAI-compatible server, Anthropic, or a local model file. */
public interface Partner {

    /** For the person: which endpoint and model ("Ollama at localhost:11434, llama3.2"). */
    String describe();

    /**
     * Streams a reply, handing each piece of text to {@code onToken} as it arrives. Failures before
     * the reply begins are a {@link dev.tandem.memory.TandemException}; a reply that breaks off later
     * comes back {@link Reply.Finish#INCOMPLETE} with what arrived.
     */
    Reply stream(ChatRequest request, Consumer<String> onToken, Cancellation cancellation);

    /** The models the endpoint offers. */
    List<String> models();

    /** One line saying the endpoint answers; a {@link dev.tandem.memory.TandemException} says why not. */
    String test();

    /** An estimate of how many tokens {@code text} takes for this model. */
    int countTokens(String text);
}
