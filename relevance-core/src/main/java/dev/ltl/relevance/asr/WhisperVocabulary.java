package dev.ltl.relevance.asr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whisper's special token ids, read from the {@code added_tokens} of a tokenizer.json: end of text, the
 * prompt, and the timestamp tokens {@code <|0.00|>} … {@code <|30.00|>} (1,501 ids, 0.02 s apart).
 *
 * <p>Newer exports list the timestamp tokens among the added tokens; older ones do not, and there (as in
 * openai/whisper's tokenizer) they follow {@code <|notimestamps|>} directly, so the first is its id + 1.
 */
public final class WhisperVocabulary {
    public static final String END_OF_TEXT = "<|endoftext|>";
    public static final String NO_TIMESTAMPS = "<|notimestamps|>";
    public static final String FIRST_TIMESTAMP = "<|0.00|>";
    /** {@code <|0.00|>} … {@code <|30.00|>} in 0.02-s steps. */
    public static final int TIMESTAMP_COUNT = 1501;
    public static final double SECONDS_PER_TIMESTAMP = 0.02;

    private final Map<String, Long> addedTokens;
    private final long endOfText;
    private final long firstTimestamp;

    WhisperVocabulary(Map<String, Long> addedTokens) {
        this.addedTokens = Map.copyOf(addedTokens);
        this.endOfText = require(END_OF_TEXT);
        Long first = addedTokens.get(FIRST_TIMESTAMP);
        if (first == null) {
            Long noTimestamps = addedTokens.get(NO_TIMESTAMPS);
            if (noTimestamps == null) {
                throw new IllegalStateException("tokenizer has neither " + FIRST_TIMESTAMP + " nor " + NO_TIMESTAMPS
                        + " among its added tokens: not a Whisper tokenizer");
            }
            first = noTimestamps + 1;
        }
        this.firstTimestamp = first;
    }

    /** Reads the added tokens of a HuggingFace tokenizer.json. */
    public static WhisperVocabulary read(Path tokenizerJson) throws IOException {
        JsonNode added = new ObjectMapper().readTree(tokenizerJson.toFile()).path("added_tokens");
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode token : added) {
            ids.put(token.path("content").asText(), token.path("id").asLong());
        }
        return new WhisperVocabulary(ids);
    }

    long endOfText() {
        return endOfText;
    }

    /** The id of each prompt token, in order. */
    long[] ids(List<String> tokens) {
        return tokens.stream().mapToLong(this::require).toArray();
    }

    boolean isTimestamp(long id) {
        return id >= firstTimestamp && id < firstTimestamp + TIMESTAMP_COUNT;
    }

    /** Seconds from the window start that a timestamp token stands for. */
    double seconds(long timestampId) {
        return (timestampId - firstTimestamp) * SECONDS_PER_TIMESTAMP;
    }

    /** Whether the id is text (neither a timestamp nor one of the added special tokens such as the prompt). */
    boolean isText(long id) {
        return id < endOfText;
    }

    private long require(String token) {
        Long id = addedTokens.get(token);
        if (id == null) {
            throw new IllegalStateException("tokenizer has no added token " + token + ": not a Whisper tokenizer");
        }
        return id;
    }
}
