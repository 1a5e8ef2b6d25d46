package dev.ltl.planner.domain.epic;

import dev.ltl.planner.domain.InvalidInputException;
import java.util.Arrays;

/** The four EPIC-SOUNDS selections, with their wire names ({@code epic_*} in SelectFrames). */
public enum EpicMethod {
    /** Centred stratified seconds, all at the base resolution. */
    UNIFORM("epic_uniform"),
    /** Seconds drawn with a generator seeded from md5(video_id), all at the base resolution. */
    RANDOM("epic_random"),
    /** Energy top-10 anchors, the hybrid selection and the equal-budget 448/224/112 plan. */
    AUDIO_ANCHORED("epic_audio_anchored"),
    /** As audio_anchored, with the centres of the ground-truth segments as anchors. */
    ORACLE("epic_oracle");

    /** The prefix every EPIC method's wire name starts with. */
    public static final String WIRE_PREFIX = "epic_";

    private final String wireName;

    EpicMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The method name without the {@code epic_} prefix, as metrics.json reports it. */
    public String shortName() {
        return wireName.substring(WIRE_PREFIX.length());
    }

    /** Whether a SelectFrames method name belongs to this family. */
    public static boolean isEpic(String wireName) {
        return wireName != null && wireName.startsWith(WIRE_PREFIX);
    }

    public static EpicMethod fromWire(String wireName) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidInputException("method", "unknown EPIC method '" + wireName
                        + "' (epic_uniform, epic_random, epic_audio_anchored or epic_oracle)"));
    }

    /** Accepts the short name too ({@code uniform}, {@code audio_anchored}, …). */
    public static EpicMethod fromName(String name) {
        return fromWire(isEpic(name) ? name : WIRE_PREFIX + name);
    }
}
