package dev.ltl.vlm.onnx.qwen;

import ai.onnxruntime.OrtException;
import dev.ltl.vlm.domain.answer.AnswerBackendException;
import dev.ltl.vlm.domain.answer.AnswerEngine;
import dev.ltl.vlm.domain.answer.AnswerQuery;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.domain.answer.AnswerStats;
import dev.ltl.vlm.domain.answer.AnswerStrategy;
import dev.ltl.vlm.domain.answer.ImageCost;
import dev.ltl.vlm.domain.answer.InvalidQueryException;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.answer.QuestionImage;
import dev.ltl.vlm.domain.qwen.LetterParser;
import dev.ltl.vlm.domain.qwen.MropePositions;
import dev.ltl.vlm.domain.qwen.PatchedImage;
import dev.ltl.vlm.domain.qwen.QwenImageProcessor;
import dev.ltl.vlm.domain.qwen.TextTokenizer;
import dev.ltl.vlm.onnx.HfTextTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Qwen2-VL / Qwen2.5-VL / Qwen3-VL-style model exported to three ONNX graphs (vision encoder, token embedding,
 * decoder with KV cache; see vlm-core/README.md) and served by ONNX Runtime, with the processor in Java:
 * smart-resize and patches ({@link QwenImageProcessor}), the QA prompt in the chat template or raw, image-pad
 * expansion, feature scatter into the pad positions and M-RoPE position ids.
 *
 * <p>Strategies: LETTER_LIKELIHOOD — one prefill, each option letter's log-softmax at the last prompt position;
 * PER_OPTION_LIKELIHOOD — the reference "ppl": one full pass per option with its letter appended, score = sum of
 * the letter tokens' log-probs; GENERATE — greedy decoding over the KV cache until a stop token or the token
 * limit, then the first standalone option letter. Thread-safe: every request keeps its state local.
 */
public final class QwenOnnxVlm implements AnswerEngine {
    private final QwenModelConfig config;
    private final QwenGraphSessions graphs;
    private final QwenPromptEncoder prompts;
    private final QwenImageProcessor processor;
    private final AutoCloseable ownedTokenizer;

    private QwenOnnxVlm(QwenModelConfig config, QwenGraphSessions graphs, TextTokenizer tokenizer,
                        AutoCloseable ownedTokenizer) {
        this.config = config;
        this.graphs = graphs;
        this.prompts = new QwenPromptEncoder(tokenizer, config);
        this.processor = new QwenImageProcessor(config.vision());
        this.ownedTokenizer = ownedTokenizer;
    }

    /**
     * Loads the model in {@code dir}: its {@code model.yaml}, the three graphs and the tokenizer.
     *
     * @param intraOpThreads ORT intra-op threads per session; ≤ 0 = ORT's default
     * @throws IllegalArgumentException when model.yaml, a graph or the tokenizer is missing or does not fit
     */
    public static QwenOnnxVlm load(Path dir, int intraOpThreads) {
        QwenModelConfig config = QwenModelConfig.read(dir.resolve("model.yaml"));
        HfTextTokenizer tokenizer = HfTextTokenizer.load(dir.resolve(config.tokenizerFile()));
        try {
            return new QwenOnnxVlm(config, new QwenGraphSessions(dir, config, intraOpThreads), tokenizer, tokenizer);
        } catch (RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** The parsed model.yaml. */
    public QwenModelConfig config() {
        return config;
    }

    @Override
    public String runtime() {
        return QwenModelConfig.RUNTIME;
    }

    @Override
    public String modelId() {
        return config.modelId();
    }

    /** "cpu" or "cuda:N": where the graphs run. */
    public String device() {
        return graphs.device();
    }

    @Override
    public AnswerResult answer(AnswerQuery query) {
        validate(query);
        PromptFormat format = query.format() == null || query.format() == PromptFormat.DEFAULT
                ? config.defaultFormat() : query.format();
        long start = System.nanoTime();
        List<PatchedImage> images = preprocess(query.images());
        EncodedPrompt prompt = prompts.encode(query.question(), query.options(), query.instruction(), format, images);
        checkLength(prompt.length() + extraTokens(query, format), query);
        long preprocessMicros = micros(start);
        try {
            float[] features = new float[0];
            long visionMicros = 0; // no images: the vision encoder does not run
            if (!images.isEmpty()) {
                start = System.nanoTime();
                features = encodeImages(images);
                visionMicros = micros(start);
            }
            Timings timings = new Timings(preprocessMicros, visionMicros);
            return switch (query.strategy()) {
                case LETTER_LIKELIHOOD -> letterLikelihood(query, format, images, prompt, features, timings);
                case PER_OPTION_LIKELIHOOD -> perOptionLikelihood(query, format, images, prompt, features, timings);
                case GENERATE -> generate(query, images, prompt, features, timings);
            };
        } catch (OrtException | IllegalStateException e) {
            // IllegalStateException: a graph's output broke the contract (missing tensor, wrong shape or type).
            throw new AnswerBackendException("ONNX Runtime failed on " + modelId() + ": " + e.getMessage(), e, false);
        }
    }

    /** Time spent before the decoder. */
    private record Timings(long preprocessMicros, long visionMicros) {
    }

    private AnswerResult letterLikelihood(AnswerQuery query, PromptFormat format, List<PatchedImage> images,
                                          EncodedPrompt prompt, float[] features, Timings timings) throws OrtException {
        long start = System.nanoTime();
        float[] embeds = embedPrompt(prompt.ids(), features);
        double[] logProbs;
        long kvBytes;
        try (KvCache empty = KvCache.empty(graphs.environment(), config.decoder())) {
            DecoderPass pass = graphs.decode(embeds, prompt.length(), prompt.positions(), empty, 1);
            try (KvCache cache = pass.cache()) {
                kvBytes = cache.bytes();
            }
            logProbs = pass.logSoftmax(0);
        }
        long prefillMicros = micros(start);
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < query.options().size(); i++) {
            // A letter that spells as several tokens is scored by its first one: the only token this pass predicts.
            scores.add(logProbs[prompts.letterTokens(i, format)[0]]);
        }
        AnswerStats stats = new AnswerStats(1, prompt.length(), 0, visionTokens(images), timings.preprocessMicros(),
                timings.visionMicros(), prefillMicros, 0, kvBytes);
        return new AnswerResult(scores, AnswerResult.argmax(scores), "", costs(images), stats, modelId(), device());
    }

    private AnswerResult perOptionLikelihood(AnswerQuery query, PromptFormat format, List<PatchedImage> images,
                                             EncodedPrompt prompt, float[] features, Timings timings) throws OrtException {
        long start = System.nanoTime();
        float[] promptEmbeds = embedPrompt(prompt.ids(), features);
        List<Double> scores = new ArrayList<>();
        long kvBytes = 0;
        for (int option = 0; option < query.options().size(); option++) {
            int[] letter = prompts.letterTokens(option, format);
            EncodedPrompt withLetter = prompts.append(prompt, letter);
            float[] letterEmbeds = graphs.embed(letter);
            float[] embeds = new float[promptEmbeds.length + letterEmbeds.length];
            System.arraycopy(promptEmbeds, 0, embeds, 0, promptEmbeds.length);
            System.arraycopy(letterEmbeds, 0, embeds, promptEmbeds.length, letterEmbeds.length);
            // Logits at the last prompt position predict the first letter token, and so on: keep letter + 1 rows.
            DecoderPass pass;
            try (KvCache empty = KvCache.empty(graphs.environment(), config.decoder())) {
                pass = graphs.decode(embeds, withLetter.length(), withLetter.positions(), empty, letter.length + 1);
            }
            try (KvCache cache = pass.cache()) {
                kvBytes = Math.max(kvBytes, cache.bytes());
            }
            double score = 0;
            for (int j = 0; j < letter.length; j++) {
                score += pass.logSoftmax(j)[letter[j]];
            }
            scores.add(score);
        }
        AnswerStats stats = new AnswerStats(query.options().size(), prompt.length(), 0, visionTokens(images),
                timings.preprocessMicros(), timings.visionMicros(), micros(start), 0, kvBytes);
        return new AnswerResult(scores, AnswerResult.argmax(scores), "", costs(images), stats, modelId(), device());
    }

    private AnswerResult generate(AnswerQuery query, List<PatchedImage> images, EncodedPrompt prompt, float[] features,
                                  Timings timings) throws OrtException {
        long start = System.nanoTime();
        float[] embeds = embedPrompt(prompt.ids(), features);
        DecoderPass pass;
        try (KvCache empty = KvCache.empty(graphs.environment(), config.decoder())) {
            pass = graphs.decode(embeds, prompt.length(), prompt.positions(), empty, 1);
        }
        long prefillMicros = micros(start);
        start = System.nanoTime();
        int passes = 1;
        KvCache cache = pass.cache();
        long kvBytes = cache.bytes();
        List<Integer> generated = new ArrayList<>();
        int limit = Math.min(query.maxNewTokens(), config.maxSequenceLength() - prompt.length());
        try {
            while (true) {
                int next = pass.argmax(0);
                if (prompts.isStop(next)) {
                    break;
                }
                generated.add(next);
                if (generated.size() >= limit) {
                    break;
                }
                long position = MropePositions.decodePosition(prompt.length() + generated.size() - 1, prompt.ropeDelta());
                long[][] positions = {{position}, {position}, {position}};
                pass = graphs.decode(graphs.embed(new int[] {next}), 1, positions, cache, 1);
                passes++;
                cache.close();
                cache = pass.cache();
                kvBytes = Math.max(kvBytes, cache.bytes());
            }
        } finally {
            cache.close();
        }
        long decodeMicros = micros(start);
        String text = prompts.decode(generated.stream().mapToInt(Integer::intValue).toArray());
        int chosen = LetterParser.firstStandaloneLetter(text, query.options().size());
        AnswerStats stats = new AnswerStats(passes, prompt.length(), generated.size(), visionTokens(images),
                timings.preprocessMicros(), timings.visionMicros(), prefillMicros, decodeMicros, kvBytes);
        return new AnswerResult(List.of(), chosen, text, costs(images), stats, modelId(), device());
    }

    /** Token embeddings of the prompt with the image pads' rows replaced by the vision features, in order. */
    private float[] embedPrompt(int[] ids, float[] features) throws OrtException {
        float[] embeds = graphs.embed(ids);
        int hidden = config.decoder().hiddenSize();
        int row = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == prompts.imagePadId()) {
                if ((row + 1) * hidden > features.length) {
                    throw new AnswerBackendException("the vision encoder gave " + features.length / hidden
                            + " feature rows, fewer than the prompt's image pads", null, false);
                }
                System.arraycopy(features, row * hidden, embeds, i * hidden, hidden);
                row++;
            }
        }
        if (row * hidden != features.length) {
            throw new AnswerBackendException("the vision encoder gave " + features.length / hidden
                    + " feature rows for " + row + " image pads", null, false);
        }
        return embeds;
    }

    private float[] encodeImages(List<PatchedImage> images) throws OrtException {
        int patchDim = images.get(0).patchDim();
        int numPatches = images.stream().mapToInt(PatchedImage::numPatches).sum();
        float[] patches = new float[numPatches * patchDim];
        int offset = 0;
        for (PatchedImage image : images) {
            System.arraycopy(image.patches(), 0, patches, offset, image.patches().length);
            offset += image.patches().length;
        }
        float[] features = graphs.encodeImages(patches, numPatches, patchDim,
                images.stream().map(PatchedImage::gridThw).toList());
        long expected = visionTokens(images) * config.decoder().hiddenSize();
        if (features.length != expected) {
            throw new AnswerBackendException("the vision encoder gave " + features.length + " values, expected "
                    + expected + " (vision tokens × hidden size)", null, false);
        }
        return features;
    }

    private List<PatchedImage> preprocess(List<QuestionImage> images) {
        List<PatchedImage> patched = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            QuestionImage image = images.get(i);
            try {
                patched.add(processor.process(image.image(), image.size()));
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException("images[" + i + "]", "image " + i + " cannot be processed: " + e.getMessage());
            }
        }
        return patched;
    }

    private void validate(AnswerQuery query) {
        if (query.question() == null || query.question().isBlank()) {
            throw new InvalidQueryException("question", "question must not be blank");
        }
        int options = query.options().size();
        if (options > AnswerQuery.MAX_OPTIONS) {
            throw new InvalidQueryException("options", "at most " + AnswerQuery.MAX_OPTIONS + " options (A-Z), got " + options);
        }
        if (query.strategy() == null) {
            throw new InvalidQueryException("strategy", "strategy must be set");
        }
        if (query.strategy() != AnswerStrategy.GENERATE && options < 2) {
            throw new InvalidQueryException("options", query.strategy() + " needs at least 2 options, got " + options);
        }
        for (int i = 0; i < options; i++) {
            if (query.options().get(i) == null || query.options().get(i).isBlank()) {
                throw new InvalidQueryException("options[" + i + "]", "option " + i + " must not be blank");
            }
        }
        if (query.images().size() > config.maxImages()) {
            throw new InvalidQueryException("images[" + config.maxImages() + "]", "model " + modelId() + " takes at most "
                    + config.maxImages() + " images (model.yaml max_images), got " + query.images().size());
        }
        if (query.strategy() == AnswerStrategy.GENERATE && query.maxNewTokens() < 1) {
            throw new InvalidQueryException("max_new_tokens", "max_new_tokens must be ≥ 1, got " + query.maxNewTokens());
        }
    }

    /** Tokens the strategy adds to the prompt: the longest letter for per-option scoring, else none checked here. */
    private int extraTokens(AnswerQuery query, PromptFormat format) {
        if (query.strategy() != AnswerStrategy.PER_OPTION_LIKELIHOOD) {
            return 0;
        }
        int longest = 0;
        for (int i = 0; i < query.options().size(); i++) {
            longest = Math.max(longest, prompts.letterTokens(i, format).length);
        }
        return longest;
    }

    private void checkLength(int tokens, AnswerQuery query) {
        if (tokens > config.maxSequenceLength()) {
            // Images are the usual cause of an over-long prompt, so blame them when there are any.
            String field = query.images().isEmpty() ? "question" : "images";
            throw new InvalidQueryException(field, "the prompt needs " + tokens + " tokens, more than the "
                    + config.maxSequenceLength() + " of model " + modelId() + " (model.yaml max_sequence_length)");
        }
    }

    private static List<ImageCost> costs(List<PatchedImage> images) {
        List<ImageCost> costs = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            PatchedImage p = images.get(i);
            costs.add(new ImageCost(i, p.requestedResolution(), p.resizedWidth(), p.resizedHeight(), p.visionTokens()));
        }
        return costs;
    }

    private static long visionTokens(List<PatchedImage> images) {
        return images.stream().mapToLong(PatchedImage::visionTokens).sum();
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    @Override
    public void close() {
        graphs.close();
        if (ownedTokenizer != null) {
            try {
                ownedTokenizer.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the tokenizer: " + e.getMessage(), e);
            }
        }
    }
}
