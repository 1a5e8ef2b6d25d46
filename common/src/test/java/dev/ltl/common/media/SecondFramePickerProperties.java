package dev.ltl.common.media;

import static dev.ltl.common.media.SecondFramePickerTest.tagOf;
import static dev.ltl.common.media.SecondFramePickerTest.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SecondFramePickerProperties {

    @Property
    void eachPickedFrameIsTheEarliestOneAtOrAfterItsSampleTime(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 400_000) Integer> gapsUs,
            @ForAll @IntRange(min = 1, max = 8) int seconds) {
        List<Long> timestamps = new ArrayList<>();
        long ts = 0;
        for (int gap : gapsUs) {
            ts += gap;
            timestamps.add(ts);
        }
        SecondFramePicker picker = new SecondFramePicker(seconds);
        for (int i = 0; i < timestamps.size(); i++) {
            int tag = i;
            picker.offer(timestamps.get(i), () -> tagged(tag));
        }
        int last = timestamps.size() - 1;
        List<RgbImage> frames = picker.frames(seconds, () -> tagged(last));

        assertThat(frames).hasSize(seconds);
        for (int t = 0; t < seconds; t++) {
            long sampleTime = t * 1_000_000L + 500_000L;
            int expected = last;
            for (int i = 0; i < timestamps.size(); i++) {
                if (timestamps.get(i) >= sampleTime) {
                    expected = i;
                    break;
                }
            }
            assertThat(tagOf(frames.get(t))).as("second %d", t).isEqualTo(expected);
        }
    }
}
