package dev.tandem.app.partner;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Token counts estimated with the cl100k encoding, close enough for budgeting most models. Only
 * that encoding is loaded, on the first count (the default registry would load every one jtokkit has, some 200 MB of
 * allocation and a long garbage-collector pause in the window on the first message).
 */
public final class TokenCounter {

    public int count(String text) {
        return text == null || text.isEmpty() ? 0 : Loaded.CL100K.countTokensOrdinary(text);
    }

    /** Loaded on the first count, not when a partner is built (the queue builds one every few seconds). */
    private static final class Loaded {
        static final Encoding CL100K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    }
}
