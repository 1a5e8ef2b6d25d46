package dev.ltl.vlm.domain.answer;

/**
 * Where one answer's time and memory went (microseconds, bytes).
 *
 * @param forwardPasses   decoder passes (1 for LETTER_LIKELIHOOD, one per option for PER_OPTION_LIKELIHOOD)
 * @param kvCacheBytes    largest KV cache held during the request
 */
public record AnswerStats(int forwardPasses, int promptTokens, int generatedTokens, long visionTokens,
                          long preprocessMicros, long visionEncoderMicros, long prefillMicros, long decodeMicros,
                          long kvCacheBytes) {
}
