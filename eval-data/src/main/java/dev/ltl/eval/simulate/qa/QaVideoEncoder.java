package dev.ltl.eval.simulate.qa;

import dev.ltl.common.media.RgbImage;
import dev.ltl.common.media.SyntheticClip;
import dev.ltl.common.media.SyntheticClipRenderer;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.simulate.ClassSignature;
import dev.ltl.eval.simulate.Mp4Encoder;
import dev.ltl.eval.simulate.SceneRenderer;
import dev.ltl.eval.simulate.SceneStyle;
import dev.ltl.eval.simulate.SimulatedAudio;
import dev.ltl.eval.simulate.SimulatedClip;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders and encodes one simulated QA video with the AVE simulator's pieces: {@link SceneRenderer} draws each
 * second (the striped patch on its card only during events), common's synthetic renderer makes the soundtrack
 * (the class tone or chirp of {@link ClassSignature} in event seconds, distractors elsewhere, over a noise floor),
 * and {@link Mp4Encoder} writes the mp4.
 */
final class QaVideoEncoder {

    private QaVideoEncoder() {
    }

    static void write(Path file, SimulatedQaVideo video, SimulatedQaSpec spec) throws IOException {
        SceneStyle style = spec.sceneStyle();
        List<SimulatedClip> eventClips = new ArrayList<>();
        for (QaEvent event : video.events()) {
            eventClips.add(asClip(video, event.classIndex(), event.start(), event.end(), spec));
        }
        // The renderer draws the patch only in a clip's event seconds; this one has none.
        SimulatedClip quiet = asClip(video, 0, 0, 0, spec);
        Mp4Encoder.write(file, style.frameSize(), style.fps(), style.videoQscale(), spec.seconds(),
                t -> frame(t, video, eventClips, quiet, style), audio(video, spec), SimulatedAudio.SAMPLE_RATE);
    }

    /** Mono samples at 16 kHz, {@code seconds} long. */
    static float[] audio(SimulatedQaVideo video, SimulatedQaSpec spec) {
        List<SyntheticClip.AudioEvent> sounds = new ArrayList<>(video.distractors());
        for (QaEvent event : video.events()) {
            SyntheticClip.Sound sound = signature(event.classIndex(), spec).sound();
            for (int t : event.seconds()) {
                sounds.add(new SyntheticClip.AudioEvent(t, sound, event.amplitude()));
            }
        }
        // Only the soundtrack of the synthetic clip is used; its own tiny picture is not.
        SyntheticClip track = new SyntheticClip(spec.seconds(), 1, 16, 16, SimulatedAudio.SAMPLE_RATE,
                video.audioSeed(), spec.noiseLevel(), 0, sounds, List.of());
        return SyntheticClipRenderer.audio(track);
    }

    private static RgbImage frame(int t, SimulatedQaVideo video, List<SimulatedClip> eventClips, SimulatedClip quiet,
                                  SceneStyle style) {
        for (int e = 0; e < eventClips.size(); e++) {
            if (video.events().get(e).contains(t)) {
                return SceneRenderer.frame(eventClips.get(e), t, style);
            }
        }
        return SceneRenderer.frame(quiet, t, style);
    }

    /** One event seen as an AVE-simulator clip over the whole video, so its renderer can draw it. */
    private static SimulatedClip asClip(SimulatedQaVideo video, int classIndex, int start, int end,
                                        SimulatedQaSpec spec) {
        return new SimulatedClip(video.videoId(), AveSplit.TEST, classIndex + 1,
                SimulatedQaSpec.CLASS_NAMES.get(classIndex), start, end, List.of(), List.of(),
                signature(classIndex, spec), video.scene(), video.audioSeed());
    }

    static ClassSignature signature(int classIndex, SimulatedQaSpec spec) {
        return ClassSignature.of(classIndex, spec.classes(), spec.sceneStyle().basePeriodPx());
    }
}
