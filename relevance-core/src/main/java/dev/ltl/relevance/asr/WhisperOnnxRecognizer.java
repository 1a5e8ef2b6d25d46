package dev.ltl.relevance.asr;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.ltl.common.media.SincResampler;
import dev.ltl.common.models.ModelEntry;
import dev.ltl.relevance.domain.MonoAudio;
import dev.ltl.relevance.domain.SpeechRecognizer;
import dev.ltl.relevance.domain.TimedWord;
import dev.ltl.relevance.onnx.DjlOffline;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Speech recognition with a Whisper export split into an encoder and a decoder ONNX graph (optimum's
 * {@code encoder_model.onnx} / {@code decoder_model.onnx}; layout in {@link WhisperSpec}).
 *
 * <p>Per consecutive 30-s window of 16 kHz audio (other rates are resampled): {@link WhisperLogMel}
 * features, one encoder run, then greedy decoding from the prompt (default
 * {@code <|startoftranscript|><|en|><|transcribe|>}) with timestamp tokens on, until
 * {@code <|endoftext|>} or {@code max_new_tokens}. The tokens are cut into segments at timestamp pairs
 * ({@link TimestampSegments}) and each segment's words get proportional times ({@link ProportionalWordTimes}),
 * shifted by the window's offset.
 *
 * <p>Simplifications, on purpose: no KV cache — every step runs the decoder on the whole prefix, so a
 * window of n tokens costs n decoder passes over 1…n+3 positions (O(n²) token positions, and each pass
 * returns [1, L, vocab] logits of which only the last row is used); no logit filters (Whisper's
 * suppress-tokens and timestamp rules), no temperature fallback; and the windows are fixed 30-s steps —
 * openai/whisper instead seeks to the last timestamp of a window, so a word cut at a window edge may
 * be lost or doubled here. Thread-safe: ONNX Runtime sessions and the tokenizer allow concurrent calls.
 */
public final class WhisperOnnxRecognizer implements SpeechRecognizer, AutoCloseable {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private final WhisperSpec spec;
    private final OrtSession encoder;
    private final OrtSession decoder;
    private final HuggingFaceTokenizer tokenizer;
    private final WhisperVocabulary vocabulary;
    private final WhisperLogMel logMel;
    private final long[] prompt;

    private WhisperOnnxRecognizer(WhisperSpec spec, OrtSession encoder, OrtSession decoder,
                                  HuggingFaceTokenizer tokenizer, WhisperVocabulary vocabulary) {
        this.spec = spec;
        this.encoder = encoder;
        this.decoder = decoder;
        this.tokenizer = tokenizer;
        this.vocabulary = vocabulary;
        this.logMel = new WhisperLogMel(spec.nMels());
        this.prompt = vocabulary.ids(spec.prompt());
    }

    /**
     * Loads the encoder, decoder and tokenizer a model directory's model.yaml names.
     *
     * @throws IllegalStateException naming the problem when a file, a tensor name or a special token is missing
     */
    public static WhisperOnnxRecognizer load(ModelEntry entry, int threads) throws OrtException, IOException {
        WhisperSpec spec = WhisperSpec.from(entry);
        WhisperVocabulary vocabulary = WhisperVocabulary.read(spec.tokenizer());
        vocabulary.ids(spec.prompt()); // fail on an unknown prompt token before the (large) graphs load
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            OrtSession encoder = session(spec.encoderModel(), threads, opened);
            requireNames(spec, "encoder", encoder, Set.of(spec.encoderInput()), spec.encoderOutput());
            OrtSession decoder = session(spec.decoderModel(), threads, opened);
            requireNames(spec, "decoder", decoder, Set.of(spec.decoderInputIds(), spec.decoderEncoderStates()),
                    spec.decoderOutput());
            DjlOffline.ensure();
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(spec.tokenizer(),
                    Map.of("addSpecialTokens", "false"));
            return new WhisperOnnxRecognizer(spec, encoder, decoder, tokenizer, vocabulary);
        } catch (OrtException | IOException | RuntimeException e) {
            for (AutoCloseable resource : opened) {
                closeQuietly(resource, e);
            }
            throw e;
        }
    }

    @Override
    public String modelId() {
        return spec.id();
    }

    @Override
    public List<TimedWord> transcribe(MonoAudio audio) {
        float[] samples = audio.sampleRate() == WhisperLogMel.SAMPLE_RATE ? audio.samples()
                : SincResampler.resample(audio.samples(), audio.sampleRate(), WhisperLogMel.SAMPLE_RATE);
        List<TimedWord> words = new ArrayList<>();
        for (int from = 0; from < samples.length; from += WhisperLogMel.WINDOW_SAMPLES) {
            int length = Math.min(WhisperLogMel.WINDOW_SAMPLES, samples.length - from);
            float[] window = Arrays.copyOfRange(samples, from, from + length);
            double offsetS = (double) from / WhisperLogMel.SAMPLE_RATE;
            double audioS = (double) length / WhisperLogMel.SAMPLE_RATE;
            for (TimestampSegments.Segment segment : TimestampSegments.cut(decodeWindow(window), vocabulary, audioS)) {
                String text = tokenizer.decode(segment.textTokens(), true);
                for (TimedWord word : ProportionalWordTimes.spread(text, segment.startS(), segment.endS())) {
                    words.add(new TimedWord(word.text(), word.startS() + offsetS, word.endS() + offsetS));
                }
            }
        }
        return words;
    }

    /** Encoder once, then greedy decoding; returns the generated tokens without the prompt and end of text. */
    private long[] decodeWindow(float[] window) {
        float[] features = logMel.features(window);
        try (OnnxTensor input = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(features),
                new long[] {1, spec.nMels(), WhisperLogMel.FRAMES});
             OrtSession.Result encoded = encoder.run(Map.of(spec.encoderInput(), input), Set.of(spec.encoderOutput()))) {
            OnnxValue states = encoded.get(spec.encoderOutput()).orElseThrow();
            long[] tokens = Arrays.copyOf(prompt, prompt.length + spec.maxNewTokens());
            int length = prompt.length;
            while (length < tokens.length) {
                long next = nextToken(tokens, length, (OnnxTensor) states);
                if (next == vocabulary.endOfText()) {
                    break;
                }
                tokens[length++] = next;
            }
            return Arrays.copyOfRange(tokens, prompt.length, length);
        } catch (OrtException e) {
            throw new IllegalStateException("whisper model " + spec.id() + " failed: " + e.getMessage(), e);
        }
    }

    /** One full decoder pass over the prefix (no KV cache); the argmax of the last position's logits. */
    private long nextToken(long[] tokens, int length, OnnxTensor encoderStates) throws OrtException {
        try (OnnxTensor ids = OnnxTensor.createTensor(ENV, LongBuffer.wrap(tokens, 0, length), new long[] {1, length});
             OrtSession.Result result = decoder.run(Map.of(spec.decoderInputIds(), ids,
                     spec.decoderEncoderStates(), encoderStates), Set.of(spec.decoderOutput()))) {
            OnnxTensor logits = (OnnxTensor) result.get(spec.decoderOutput()).orElseThrow();
            long[] shape = logits.getInfo().getShape();
            int vocab = (int) shape[shape.length - 1];
            FloatBuffer values = logits.getFloatBuffer();
            int offset = values.limit() - vocab;
            int best = 0;
            float bestValue = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < vocab; i++) {
                float v = values.get(offset + i);
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            return best;
        }
    }

    private static OrtSession session(Path file, int threads, List<AutoCloseable> opened) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, threads));
            OrtSession session = ENV.createSession(file.toString(), options);
            opened.add(session);
            return session;
        }
    }

    private static void requireNames(WhisperSpec spec, String graph, OrtSession session, Set<String> inputs,
                                     String output) {
        if (!session.getInputNames().containsAll(inputs) || !session.getOutputNames().contains(output)) {
            throw new IllegalStateException("whisper model " + spec.id() + ": the " + graph + " graph must take "
                    + inputs + " and give '" + output + "'; it takes " + session.getInputNames() + " and gives "
                    + session.getOutputNames() + " (set the names under preprocessing in model.yaml)");
        }
    }

    private static void closeQuietly(AutoCloseable resource, Exception cause) {
        try {
            resource.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        tokenizer.close();
        for (OrtSession session : List.of(encoder, decoder)) {
            try {
                session.close();
            } catch (OrtException e) {
                throw new IllegalStateException("cannot close whisper session of " + spec.id(), e);
            }
        }
    }
}
