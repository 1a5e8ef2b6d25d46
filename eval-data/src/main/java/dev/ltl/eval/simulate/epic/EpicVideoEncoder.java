package dev.ltl.eval.simulate.epic;

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
 * Renders one simulated EPIC video with the AVE simulator's pieces: {@link SceneRenderer} draws each
 * second (a segment's striped patch only while it sounds), common's synthetic renderer makes the
 * soundtrack (each segment's class sound over a noise floor), {@link Mp4Encoder} writes the mp4.
 */
final class EpicVideoEncoder {
    private EpicVideoEncoder() {
    }

    static void write(Path file, SimulatedEpicVideo video, SimulatedEpicSpec spec) throws IOException {
        SceneStyle style = spec.sceneStyle();
        List<SimulatedClip> segmentClips = new ArrayList<>();
        for (SimulatedEpicVideo.Segment segment : video.segments()) {
            segmentClips.add(asClip(video, segment.classIndex(), segment.start(), segment.end(), spec));
        }
        SimulatedClip quiet = asClip(video, 0, 0, 0, spec);
        Mp4Encoder.write(file, style.frameSize(), style.fps(), style.videoQscale(), video.seconds(), t -> {
            for (int s = 0; s < segmentClips.size(); s++) {
                if (video.segments().get(s).contains(t)) {
                    return frame(segmentClips.get(s), t, style);
                }
            }
            return frame(quiet, t, style);
        }, audio(video, spec), SimulatedAudio.SAMPLE_RATE);
    }

    /** Mono 16 kHz samples, {@code video.seconds()} long. */
    static float[] audio(SimulatedEpicVideo video, SimulatedEpicSpec spec) {
        List<SyntheticClip.AudioEvent> sounds = new ArrayList<>();
        for (SimulatedEpicVideo.Segment segment : video.segments()) {
            SyntheticClip.Sound sound = signature(segment.classIndex(), spec).sound();
            for (int t = segment.start(); t < segment.end(); t++) {
                sounds.add(new SyntheticClip.AudioEvent(t, sound, segment.amplitude()));
            }
        }
        // Only the soundtrack of this synthetic clip is used, not its tiny picture.
        SyntheticClip track = new SyntheticClip(video.seconds(), 1, 16, 16, SimulatedAudio.SAMPLE_RATE,
                video.audioSeed(), spec.noiseLevel(), 0, sounds, List.of());
        return SyntheticClipRenderer.audio(track);
    }

    private static RgbImage frame(SimulatedClip clip, int t, SceneStyle style) {
        return SceneRenderer.frame(clip, t, style);
    }

    /** A segment seen as an AVE-simulator clip over the whole video, so its renderer can draw it. */
    private static SimulatedClip asClip(SimulatedEpicVideo video, int classIndex, int start, int end,
                                        SimulatedEpicSpec spec) {
        return new SimulatedClip(video.videoId(), AveSplit.TEST, classIndex + 1,
                SimulatedEpicSpec.CLASS_NAMES.get(classIndex), start, end, List.of(), List.of(),
                signature(classIndex, spec), video.scene(), video.audioSeed());
    }

    static ClassSignature signature(int classIndex, SimulatedEpicSpec spec) {
        return ClassSignature.of(classIndex, spec.classes(), spec.sceneStyle().basePeriodPx());
    }
}
