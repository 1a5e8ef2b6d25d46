package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PcmTimelineTest {

    private static float[] filled(int n, float value) {
        float[] x = new float[n];
        Arrays.fill(x, value);
        return x;
    }

    @Test
    void firstChunkLandsAtItsTimestampLeavingSilenceBefore() {
        PcmTimeline timeline = new PcmTimeline(1000, 1000);
        timeline.place(250_000, filled(100, 1f));  // starts at 0.25 s = sample 250

        float[] pcm = timeline.toArray(1000);
        assertThat(pcm[249]).isZero();
        assertThat(pcm[250]).isEqualTo(1f);
        assertThat(pcm[349]).isEqualTo(1f);
        assertThat(pcm[350]).isZero();
    }

    @Test
    void chunksWhoseTimestampsJitterByAFewSamplesAreWrittenBackToBack() {
        PcmTimeline timeline = new PcmTimeline(1000, 1000);
        timeline.place(0, filled(95, 1f));         // a resampler holding back 5 samples
        timeline.place(100_000, filled(100, 2f));  // says sample 100, running position is 95

        float[] pcm = timeline.toArray(1000);
        assertThat(pcm[94]).isEqualTo(1f);
        assertThat(pcm[95]).isEqualTo(2f);   // no 5-sample hole
        assertThat(pcm[194]).isEqualTo(2f);
        assertThat(pcm[195]).isZero();
    }

    @Test
    void aRealGapInTheStreamReanchorsToTheTimestamp() {
        PcmTimeline timeline = new PcmTimeline(1000, 1000);
        timeline.place(0, filled(100, 1f));
        timeline.place(500_000, filled(100, 2f));  // 400 samples missing from the stream

        float[] pcm = timeline.toArray(1000);
        assertThat(pcm[100]).isZero();
        assertThat(pcm[499]).isZero();
        assertThat(pcm[500]).isEqualTo(2f);
    }

    @Test
    void aFirstChunkTimedBeforeZeroStartsAtZero() {
        // Opus pre-skip: FFmpeg trims the delay samples but leaves the chunk's timestamp 20 ms early.
        PcmTimeline timeline = new PcmTimeline(100, 1000);
        timeline.place(-20_000, filled(50, 1f));
        float[] pcm = timeline.toArray(100);
        assertThat(pcm[0]).isEqualTo(1f);
        assertThat(pcm[49]).isEqualTo(1f);
        assertThat(pcm[50]).isZero();
    }

    @Test
    void samplesThatAReanchorPutBeforeZeroOrPastTheEndAreDropped() {
        PcmTimeline timeline = new PcmTimeline(100, 1000);
        timeline.place(50_000, filled(10, 1f));
        timeline.place(-20_000, filled(30, 2f));   // jumps back past the start: only 10 samples land
        assertThat(timeline.toArray(100)[0]).isEqualTo(2f);
        assertThat(timeline.toArray(100)[9]).isEqualTo(2f);
        assertThat(timeline.toArray(100)[10]).isZero();
        assertThat(timeline.isFull()).isFalse();

        timeline.place(30_000, filled(500, 3f));
        assertThat(timeline.isFull()).isTrue();
        assertThat(timeline.toArray(100)[99]).isEqualTo(3f);
        assertThat(timeline.endSeconds()).isEqualTo(0.53);
    }

    @Test
    void toArrayPadsWithSilenceOrTruncates() {
        PcmTimeline timeline = new PcmTimeline(10, 1000);
        timeline.place(0, filled(10, 1f));
        assertThat(timeline.toArray(15)).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0);
        assertThat(timeline.toArray(3)).containsExactly(1, 1, 1);
    }

    @Test
    void longCapsGrowTheBufferOnlyAsAudioArrives() {
        PcmTimeline timeline = new PcmTimeline(100 * 60, 100);   // one minute at 100 Hz
        timeline.place(0, filled(100, 1f));
        timeline.place(45_000_000, filled(50, 2f));              // far past the initial 16 s buffer
        float[] pcm = timeline.toArray(100 * 60);
        assertThat(pcm[99]).isEqualTo(1f);
        assertThat(pcm[4_500]).isEqualTo(2f);
        assertThat(pcm[4_549]).isEqualTo(2f);
        assertThat(pcm[4_550]).isZero();
        assertThat(timeline.isFull()).isFalse();
    }
}
