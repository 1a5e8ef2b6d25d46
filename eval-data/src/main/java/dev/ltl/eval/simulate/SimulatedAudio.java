package dev.ltl.eval.simulate;

import dev.ltl.common.media.SyntheticClip;
import dev.ltl.common.media.SyntheticClipRenderer;
import java.util.ArrayList;
import java.util.List;

/** The soundtrack of a simulated clip: the noise floor, the class sound in sounding seconds, and the distractors. */
public final class SimulatedAudio {

    /** Rate of the rendered and encoded audio: what the pipeline decodes to anyway. */
    public static final int SAMPLE_RATE = 16_000;

    private SimulatedAudio() {
    }

    /** Mono samples at {@value #SAMPLE_RATE} Hz, exactly 10 s. */
    public static float[] render(SimulatedClip clip, SimulationSpec spec) {
        List<SyntheticClip.AudioEvent> events = new ArrayList<>(clip.classSounds());
        events.addAll(clip.distractors());
        // common's SyntheticClip renders the sounds; its own (tiny, static) picture is not used.
        SyntheticClip soundtrack = new SyntheticClip(SimulationSpec.SECONDS, 1, 16, 16, SAMPLE_RATE, clip.audioSeed(),
                spec.noiseLevel(), 0, events, List.of());
        return SyntheticClipRenderer.audio(soundtrack);
    }
}
