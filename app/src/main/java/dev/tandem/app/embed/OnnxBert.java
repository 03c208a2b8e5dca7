package dev.tandem.app.embed;

import ai.djl.modality.nlp.DefaultVocabulary;
import ai.djl.modality.nlp.bert.BertFullTokenizer;
import ai.djl.modality.nlp.bert.WordpieceTokenizer;
import ai.djl.modality.nlp.preprocess.TextProcessor;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A BERT sentence encoder run in this process by ONNX Runtime on the CPU: the text's WordPiece
 * tokens (DJL's BERT tokenizer steps in plain Java, over the vocabulary of the model's own
 * {@code tokenizer.json}, after the same clean-up as that tokenizer's normalizer), one pass of the
 * model, and the [CLS] vector scaled to length 1. The model's weights are read into memory outside
 * the Java heap and handed to ONNX Runtime, so loading does not leave the heap grown by the model.
 */
final class OnnxBert implements AutoCloseable {

    /** The model reads 512 tokens, two of them [CLS] and [SEP]. */
    static final int MAX_TOKENS = 510;

    private final OrtEnvironment environment;
    private final OrtSession session;
    /** BERT's basic steps (clean, lower case, split at spaces and punctuation), then word pieces. */
    private final List<TextProcessor> words = BertFullTokenizer.getPreprocessors(true);
    private final WordpieceTokenizer pieces;
    private final DefaultVocabulary vocabulary;
    private final long cls;
    private final long sep;

    private OnnxBert(OrtSession session, DefaultVocabulary vocabulary) {
        this.environment = OrtEnvironment.getEnvironment();
        this.session = session;
        this.vocabulary = vocabulary;
        // A word of more than 100 characters is unknown, as in the model's own tokenizer.
        this.pieces = new WordpieceTokenizer(vocabulary, "[UNK]", 100);
        this.cls = vocabulary.getIndex("[CLS]");
        this.sep = vocabulary.getIndex("[SEP]");
    }

    /** The model and tokenizer stored as resources of that name (in Tandem's own jars). */
    static OnnxBert fromResources(String model, String tokenizerJson) {
        ByteBuffer weights = offHeap(resource(model));
        DefaultVocabulary vocabulary = vocabulary(resource(tokenizerJson));
        return NativeCalls.run(() -> {
            try {
                return new OnnxBert(OrtEnvironment.getEnvironment().createSession(weights, options()), vocabulary);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime could not read the model " + model + ": " + e.getMessage(), e);
            }
        });
    }

    private static OrtSession.SessionOptions options() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        // One text at a time, each a different length: a plan kept per shape only costs memory.
        options.setMemoryPatternOptimization(false);
        // The weights placed by the plain allocator, not the arena (which rounds up): 139 MB against 146 with
        // two texts at once.
        options.addConfigEntry("session.use_device_allocator_for_initializers", "1");
        options.setInterOpNumThreads(1);
        // Each text on the thread that asks, alone: measured on two cores, a search's context took 11 ms
        // (p99 15) this way and 11 ms (p99 29) spread over both, which also took the core the index and
        // the window were using.
        options.setIntraOpNumThreads(1);
        return options;
    }

    /**
     * The text's vector; a text longer than the model reads is cut at its 510th token. Refused (a
     * {@link dev.tandem.memory.TandemException}) once the process is exiting.
     */
    float[] encode(String text) {
        long[] ids = ids(text);
        return NativeCalls.run(() -> run(ids));
    }

    private float[] run(long[] ids) {
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
                OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                        "token_type_ids", types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return normalized(hidden[0][0]);
        } catch (OrtException e) {
            throw new IllegalStateException("The meaning model could not read a text: " + e.getMessage(), e);
        }
    }

    /** The ids of the text's tokens as the model reads them, between [CLS] and [SEP]. */
    long[] ids(String text) {
        List<String> tokens = new java.util.ArrayList<>(List.of(clean(text)));
        for (TextProcessor step : words) {
            tokens = step.preprocess(tokens);
        }
        tokens = pieces.preprocess(tokens);
        int count = Math.min(tokens.size(), MAX_TOKENS);
        long[] ids = new long[count + 2];
        ids[0] = cls;
        for (int i = 0; i < count; i++) {
            ids[i + 1] = vocabulary.getIndex(tokens.get(i));
        }
        ids[count + 1] = sep;
        return ids;
    }

    /**
     * What BERT's own normalizer does before tokens are cut: accents taken off, control and
     * invisible format characters dropped, each Chinese character a word of its own.
     */
    static String clean(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || cp == 0 || cp == 0xFFFD
                    || type == Character.CONTROL && !Character.isWhitespace(cp)) {
                return;
            }
            if (ideograph(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean ideograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2CEAF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    private static float[] normalized(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        float scale = sum == 0 ? 1 : (float) (1 / Math.sqrt(sum));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }

    private static DefaultVocabulary vocabulary(URL tokenizerJson) {
        try (InputStream in = tokenizerJson.openStream()) {
            JsonObject vocab = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject().getAsJsonObject("model").getAsJsonObject("vocab");
            String[] byId = new String[vocab.size()];
            vocab.entrySet().forEach(entry -> byId[entry.getValue().getAsInt()] = entry.getKey());
            return DefaultVocabulary.builder().add(Arrays.asList(byId)).optUnknownToken("[UNK]").build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The meaning model's vocabulary could not be read: " + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = OnnxBert.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("The meaning model's file " + name + " is not in this installation.");
        }
        return url;
    }

    private static ByteBuffer offHeap(URL url) {
        try {
            URLConnection connection = url.openConnection();
            long length = connection.getContentLengthLong();
            if (length <= 0 || length > Integer.MAX_VALUE) {
                throw new IOException("its size is unknown");
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect((int) length);
            try (ReadableByteChannel channel = Channels.newChannel(connection.getInputStream())) {
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // reading
                }
            }
            return buffer.flip();
        } catch (IOException e) {
            throw new UncheckedIOException("The meaning model could not be read from " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        NativeCalls.run(() -> {
            try {
                session.close();
                return null;
            } catch (OrtException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
