package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SecondFramePickerTest {

    /** A 1×1 image whose red channel tags which decoded frame it is. */
    static RgbImage tagged(int tag) {
        return new RgbImage(1, 1, new byte[] {(byte) tag, 0, 0});
    }

    static int tagOf(RgbImage image) {
        return image.at(0, 0, 0);
    }

    @Test
    void picksTheFirstFrameAtOrAfterTheMiddleOfEachSecond() {
        SecondFramePicker picker = new SecondFramePicker(3);
        long[] timestampsUs = {0, 480_000, 520_000, 1_000_000, 1_500_000, 1_900_000, 2_540_000};
        for (int i = 0; i < timestampsUs.length; i++) {
            int tag = i;
            picker.offer(timestampsUs[i], () -> tagged(tag));
        }
        List<RgbImage> frames = picker.frames(3, () -> null);
        assertThat(frames).extracting(SecondFramePickerTest::tagOf).containsExactly(2, 4, 6);
    }

    @Test
    void copiesOnlyTheFramesThatSomeSecondKeeps() {
        SecondFramePicker picker = new SecondFramePicker(2);
        AtomicInteger copies = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            int tag = i;
            picker.offer(i * 40_000L, () -> {
                copies.incrementAndGet();
                return tagged(tag);
            });
        }
        assertThat(copies).hasValue(2);
        assertThat(picker.isComplete()).isTrue();
    }

    @Test
    void aSparseFrameServesEverySecondItReaches() {
        SecondFramePicker picker = new SecondFramePicker(4);
        picker.offer(600_000, () -> tagged(1));
        picker.offer(3_700_000, () -> tagged(2));  // seconds 1, 2 and 3 all sample before 3.7 s
        assertThat(picker.frames(4, () -> null)).extracting(SecondFramePickerTest::tagOf).containsExactly(1, 2, 2, 2);
    }

    @Test
    void secondsAfterTheVideoEndsRepeatTheLastDecodedFrame() {
        SecondFramePicker picker = new SecondFramePicker(4);
        picker.offer(500_000, () -> tagged(1));
        picker.offer(1_600_000, () -> tagged(2));
        // the stream ends at 1.9 s with an unpicked frame: that is the "last existing frame"
        assertThat(picker.frames(4, () -> tagged(3))).extracting(SecondFramePickerTest::tagOf)
                .containsExactly(1, 2, 3, 3);
    }

    @Test
    void noDecodedFrameMeansNoFrames() {
        assertThat(new SecondFramePicker(3).frames(3, () -> null)).isEmpty();
    }
}
