package dev.ltl.planner.api;

import com.google.protobuf.ByteString;
import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.planner.infra.MediaConfig;
import dev.ltl.planner.infra.PlannerServiceConfig;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.common.v1.PcmAudio;
import dev.ltl.proto.planner.v1.Transcript;
import dev.ltl.relevance.domain.MonoAudio;
import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceInputException;
import dev.ltl.relevance.domain.TimedWord;
import dev.ltl.relevance.text.WordTimestampJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a provider's {@link RelevanceInput} from request fields, decoding only the media the provider
 * reads: audio for {@code clap}, frames for {@code clip}, nothing for the transcript providers (unless
 * T must come from the media, or no transcript is given: then their ASR model listens to the audio).
 *
 * <p>T: {@code num_seconds} when positive, else the media's (seconds whose midpoint lies in it, capped at
 * {@code ltl.planner.max-seconds}). [AMBIG] A transcript alone does not define T (its last word need not
 * end the video), so a transcript-only request without {@code num_seconds} is refused, naming
 * {@code num_seconds}.
 *
 * <p>Audio: inline PCM is handed over at its own rate (mixed to mono), so CLAP gets real 48 kHz content;
 * a {@code uri} is decoded at 16 kHz by the common decoder and upsampled by the provider.
 */
@ApplicationScoped
public class RelevanceInputMapper {
    private static final Set<String> TRANSCRIPT_PROVIDERS = Set.of("asr_bm25", "text");

    private final MediaDecoder decoder = new MediaDecoder();
    private final PlannerServiceConfig config;
    private final List<Path> allowedRoots;

    /** No restriction on which files a request may name. */
    public RelevanceInputMapper(PlannerServiceConfig config) {
        this(config, List.of());
    }

    @Inject
    public RelevanceInputMapper(PlannerServiceConfig config, MediaConfig media) {
        this(config, media.allowedRoots().orElse(List.of()).stream().map(Path::of).toList());
    }

    /** @param allowedRoots when non-empty, every file a request names must lie under one of these directories */
    RelevanceInputMapper(PlannerServiceConfig config, List<Path> allowedRoots) {
        this.config = config;
        this.allowedRoots = allowedRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The request fields a relevance computation reads (from RelevanceRequest or SelectFramesRequest). */
    record Fields(String provider, String question, int numSeconds, MediaInput media, boolean hasMedia,
                  Transcript transcript, boolean hasTranscript, String transcriptUri) {
    }

    RelevanceInput toInput(Fields request) {
        if (request.question().isBlank()) {
            throw new RelevanceInputException("question", "question is required: it is the retrieval query");
        }
        if (request.numSeconds() < 0 || request.numSeconds() > config.maxSeconds()) {
            throw new RelevanceInputException("num_seconds", "num_seconds must be in 0.." + config.maxSeconds()
                    + " (ltl.planner.max-seconds), got " + request.numSeconds());
        }
        boolean mediaGiven = request.hasMedia() && (request.media().getSourceCase() != MediaInput.SourceCase.SOURCE_NOT_SET
                || request.media().getFramesCount() > 0);
        Optional<List<TimedWord>> words = transcriptOf(request);
        // Without a transcript, asr_bm25 / text hand the media's audio to the ASR model (if one is configured).
        boolean listen = words.isEmpty() && mediaGiven && TRANSCRIPT_PROVIDERS.contains(request.provider());
        boolean wantAudio = request.provider().equals("clap") || listen;
        boolean wantFrames = request.provider().equals("clip");
        if ((wantAudio || wantFrames) && !mediaGiven) {
            throw new RelevanceInputException("media", request.provider() + " reads the video's "
                    + (wantAudio ? "audio" : "frames") + ": give `media` (a file:// uri, or inline pcm/frames)");
        }
        if (!mediaGiven || (!wantAudio && !wantFrames && request.numSeconds() > 0)) {
            if (request.numSeconds() == 0) {
                throw new RelevanceInputException("num_seconds", "num_seconds is required when no media is given: "
                        + "a transcript does not tell how long the video is");
            }
            return new RelevanceInput(request.question(), request.numSeconds(), Optional.empty(), List.of(), words);
        }
        // The transcript providers decode audio only to learn T; inline PCM is read raw below.
        boolean decodeAudio = (wantAudio || !wantFrames) && !isPcm(request.media());
        DecodedMedia decoded = decode(request.media(), new DecodeOptions(config.maxSeconds(), request.numSeconds(),
                decodeAudio, wantFrames));
        if (wantFrames && decoded.frames().isEmpty()) {
            throw new RelevanceInputException("media", "clip reads frames, but the media has no video");
        }
        Optional<MonoAudio> audio = !wantAudio ? Optional.empty() : Optional.of(isPcm(request.media())
                ? inlineMono(request.media().getPcm()) : new MonoAudio(decoded.pcm(), decoded.sampleRate()));
        return new RelevanceInput(request.question(), decoded.numSeconds(), audio, decoded.frames(), words);
    }

    /** The request's words: inline {@code transcript}, a {@code transcript_uri} JSON file, or none. */
    private Optional<List<TimedWord>> transcriptOf(Fields request) {
        if (request.transcriptUri().isBlank()) {
            return request.hasTranscript() ? Optional.of(words(request.transcript())) : Optional.empty();
        }
        if (request.hasTranscript()) {
            throw new RelevanceInputException("transcript_uri", "give either transcript or transcript_uri, not both");
        }
        Path file = localFile(request.transcriptUri());
        checkAllowed("transcript_uri", file);
        try {
            return Optional.of(WordTimestampJson.read(file));
        } catch (NoSuchFileException e) {
            throw new RelevanceInputException("transcript_uri", "no such file: " + file);
        } catch (IOException e) {
            throw new RelevanceInputException("transcript_uri", "cannot read " + file + ": " + e.getMessage());
        } catch (RelevanceInputException e) {
            throw new RelevanceInputException("transcript_uri", e.getMessage());
        }
    }

    /** Refuses a file outside the allowed roots (PERMISSION_DENIED), like eventness-svc and vlm-svc do. */
    private void checkAllowed(String field, Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!allowedRoots.isEmpty() && allowedRoots.stream().noneMatch(normalized::startsWith)) {
            throw new MediaAccessDeniedException(field, field + ": " + normalized
                    + " is outside the allowed media roots (ltl.media.allowed-roots)");
        }
    }

    /** A {@code file://} URI or an absolute path; services never fetch from the network. */
    private static Path localFile(String uriOrPath) {
        try {
            if (uriOrPath.startsWith("file:")) {
                return Path.of(URI.create(uriOrPath));
            }
        } catch (IllegalArgumentException e) {
            throw new RelevanceInputException("transcript_uri", "'" + uriOrPath + "' is not a valid file URI");
        }
        Path path = Path.of(uriOrPath);
        if (!path.isAbsolute()) {
            throw new RelevanceInputException("transcript_uri", "expected a file:// URI or an absolute path, got '"
                    + uriOrPath + "'");
        }
        return path;
    }

    /** The local path of a media URI for the access check; a malformed URI is left to the decoder's error. */
    private static Path mediaPath(String uri) {
        try {
            return uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
        } catch (IllegalArgumentException e) {
            throw new RelevanceInputException("media.uri", "'" + uri + "' is not a valid file URI");
        }
    }

    private static boolean isPcm(MediaInput media) {
        return media.getSourceCase() == MediaInput.SourceCase.PCM;
    }

    private DecodedMedia decode(MediaInput media, DecodeOptions options) {
        try {
            return switch (media.getSourceCase()) {
                case URI -> {
                    checkAllowed("media.uri", mediaPath(media.getUri()));
                    yield decoder.decode(media.getUri(), options);
                }
                case PCM -> decoder.fromPcm(floats(media.getPcm().getSamplesF32Le()), media.getPcm().getSampleRate(),
                        channels(media.getPcm()), encodedFrames(media), options);
                case SOURCE_NOT_SET -> decoder.fromPcm(new float[0], 0, 1, encodedFrames(media), options);
            };
        } catch (MediaDecodeException e) {
            throw new RelevanceInputException("media." + e.field(), e.getMessage());
        }
    }

    private static List<byte[]> encodedFrames(MediaInput media) {
        return media.getFramesList().stream().map(f -> f.getData().toByteArray()).toList();
    }

    /** Inline PCM mixed to mono at its own rate (the decoder already validated rate and channels). */
    private static MonoAudio inlineMono(PcmAudio pcm) {
        float[] interleaved = floats(pcm.getSamplesF32Le());
        int channels = channels(pcm);
        float[] mono = new float[interleaved.length / channels];
        for (int i = 0; i < mono.length; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i * channels + c];
            }
            mono[i] = (float) (sum / channels);
        }
        return new MonoAudio(mono, pcm.getSampleRate());
    }

    private static int channels(PcmAudio pcm) {
        return pcm.getChannels() == 0 ? 1 : pcm.getChannels();
    }

    private static float[] floats(ByteString bytes) {
        if (bytes.size() % Float.BYTES != 0) {
            throw new RelevanceInputException("media.pcm.samples_f32le", "holds " + bytes.size()
                    + " bytes, not a whole number of float32 samples");
        }
        float[] samples = new float[bytes.size() / Float.BYTES];
        bytes.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(samples);
        return samples;
    }

    static List<TimedWord> words(Transcript transcript) {
        return transcript.getWordsList().stream().map(w -> {
            try {
                return new TimedWord(w.getText(), w.getStartS(), w.getEndS());
            } catch (IllegalArgumentException e) {
                throw new RelevanceInputException("transcript.words", e.getMessage());
            }
        }).toList();
    }
}
