package dev.ltl.vlm.domain.answer;

/**
 * A served vision-language model: the ONNX Runtime Qwen-VL runner or an OpenAI-compatible HTTP backend.
 * Implementations are thread-safe; they may serialise requests internally.
 */
public interface AnswerEngine extends AutoCloseable {
    /** "onnx-qwen-vl" or "openai-http". */
    String runtime();

    /** "name@version". */
    String modelId();

    /**
     * Answers one question.
     *
     * @throws InvalidQueryException when the query cannot be served by this model (e.g. too many images)
     * @throws AnswerBackendException when the model or backend fails
     */
    AnswerResult answer(AnswerQuery query);

    @Override
    void close();
}
