package dev.ltl.planner.domain.qa;

import dev.ltl.planner.domain.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The QA selection methods of spec §2 and the per-second inputs each one needs.
 * {@code mixture} is the bare reliability-gated selector on caller-given {@code scores}.
 */
public enum QaMethod {
    UNIFORM("uniform", EnumSet.noneOf(QaInput.class)),
    RANDOM("random", EnumSet.noneOf(QaInput.class)),
    TEXT_ONLY("text_only", EnumSet.noneOf(QaInput.class)),
    AUDIO("audio", EnumSet.of(QaInput.AUDIO_SCORES)),
    CHEAP_VISUAL("cheap_visual", EnumSet.of(QaInput.VISUAL_SCORES)),
    FUSED("fused", EnumSet.of(QaInput.AUDIO_SCORES, QaInput.VISUAL_SCORES)),
    QL2L_CLAP("ql2l_clap", QaInput.QUERY_AWARE),
    QL2L_ASR_BM25("ql2l_asr_bm25", QaInput.QUERY_AWARE),
    QL2L_CLIP("ql2l_clip", QaInput.QUERY_AWARE),
    QL2L_TEXT("ql2l_text", QaInput.QUERY_AWARE),
    MIXTURE("mixture", EnumSet.of(QaInput.SCORES));

    private final String wireName;
    private final EnumSet<QaInput> requiredInputs;

    QaMethod(String wireName, EnumSet<QaInput> requiredInputs) {
        this.wireName = wireName;
        this.requiredInputs = requiredInputs;
    }

    /** The method's name on the wire and in artifacts, e.g. {@code "ql2l_clap"}. */
    public String wireName() {
        return wireName;
    }

    /** The per-second vectors a request for this method must carry. */
    public Set<QaInput> requiredInputs() {
        return EnumSet.copyOf(requiredInputs);
    }

    /** Whether the method needs a frame budget (every method but {@code text_only}). */
    public boolean needsBudget() {
        return this != TEXT_ONLY;
    }

    /** Parses a wire name exactly (lower case, as the reference writes it). */
    public static QaMethod fromWire(String name) {
        for (QaMethod method : values()) {
            if (method.wireName.equals(name)) {
                return method;
            }
        }
        throw new InvalidInputException("method", "unknown method \"" + name + "\"; expected one of "
                + Arrays.stream(values()).map(QaMethod::wireName).collect(Collectors.joining(", ")));
    }
}
