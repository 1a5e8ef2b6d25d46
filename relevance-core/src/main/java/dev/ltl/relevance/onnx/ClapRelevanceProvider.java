package dev.ltl.relevance.onnx;

import ai.onnxruntime.OrtException;
import dev.ltl.common.media.SincResampler;
import dev.ltl.common.models.ModelEntry;
import dev.ltl.relevance.domain.MonoAudio;
import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceInputException;
import dev.ltl.relevance.domain.RelevanceProvider;
import dev.ltl.relevance.domain.RelevanceResult;
import dev.ltl.relevance.domain.Vectors;
import java.io.IOException;

/**
 * {@code clap}: cosine similarity of each 1-s chunk of 48 kHz mono audio and the question, with CLAP's
 * audio and text towers (ltl-qa-epic.md §2).
 *
 * <p>Contract of the export (see relevance-core/README.md): the audio tower takes the <em>raw waveform</em>
 * {@code input_values} float32 [N, 48000] and returns {@code audio_embeds} [N, D]; the export must
 * therefore include CLAP's feature extractor (log-mel front end, and for HTSAT the repeat-pad of a 1-s
 * chunk to 10 s) inside the graph. Text tower as for CLIP. Audio at another rate is resampled to 48 kHz
 * (windowed-sinc); audio decoded from a file arrives at 16 kHz, so its content above 8 kHz is lost —
 * send inline 48 kHz PCM to keep it. The audio is zero-padded or cut to T seconds.
 */
public final class ClapRelevanceProvider implements RelevanceProvider, AutoCloseable {
    private final OnnxModel audioTower;
    private final TowerSpec spec;
    private final int sampleRate;
    private final OnnxTextTower textTower;

    private ClapRelevanceProvider(OnnxModel audioTower, TowerSpec spec, OnnxTextTower textTower) {
        this.audioTower = audioTower;
        this.spec = spec;
        this.sampleRate = spec.integer("sample_rate", 48_000);
        this.textTower = textTower;
    }

    /** Loads both towers and the tokenizer a model.yaml describes (see {@link TowerSpec}). */
    public static ClapRelevanceProvider load(ModelEntry entry, int threads) throws OrtException, IOException {
        TowerSpec spec = TowerSpec.from(entry, "input_values", "audio_embeds");
        OnnxModel audio = OnnxModel.load(spec.mainModel(), threads);
        try {
            return new ClapRelevanceProvider(audio, spec, TowerLoading.textTower(spec, threads));
        } catch (IOException | OrtException | RuntimeException e) {
            audio.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "clap";
    }

    @Override
    public RelevanceResult score(RelevanceInput in) {
        MonoAudio audio = in.audio().orElseThrow(() -> new RelevanceInputException("media",
                "clap needs the video's audio: give `media` (a uri or inline pcm)"));
        float[] samples = atModelRate(audio, in.numSeconds());
        float[] query = textTower.embed(in.question());
        double[] relevance = new double[in.numSeconds()];
        for (int from = 0; from < in.numSeconds(); from += spec.batchSize()) {
            int n = Math.min(spec.batchSize(), in.numSeconds() - from);
            float[] chunk = new float[n * sampleRate];
            System.arraycopy(samples, from * sampleRate, chunk, 0, chunk.length);
            OnnxModel.FloatOutput embeds = embedChunks(chunk, n);
            for (int i = 0; i < n; i++) {
                relevance[from + i] = Vectors.dot(query, Vectors.l2Normalized(embeds.row(i)));
            }
        }
        return RelevanceResult.of(relevance);
    }

    /** The audio at the model's rate, zero-padded or cut to exactly T seconds. */
    private float[] atModelRate(MonoAudio audio, int numSeconds) {
        float[] resampled = audio.sampleRate() == sampleRate ? audio.samples()
                : SincResampler.resample(audio.samples(), audio.sampleRate(), sampleRate);
        float[] exact = new float[numSeconds * sampleRate];
        System.arraycopy(resampled, 0, exact, 0, Math.min(resampled.length, exact.length));
        return exact;
    }

    private OnnxModel.FloatOutput embedChunks(float[] chunk, int n) {
        try {
            return audioTower.run(audioTower.inputs().floats(spec.mainInput(), chunk, n, sampleRate), spec.mainOutput());
        } catch (OrtException e) {
            throw new IllegalStateException("audio tower " + spec.id() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        audioTower.close();
        textTower.close();
    }
}
