package dev.ltl.planner.domain.qa;

import java.util.EnumSet;

/** The per-second vectors a QA selection request can carry, named as on the wire. */
public enum QaInput {
    AUDIO_SCORES("audio_scores"),
    VISUAL_SCORES("visual_scores"),
    RELEVANCE("relevance"),
    SCORES("scores");

    /** What every Q-L2L method needs: the fused base (audio + visual) and the query relevance. */
    static final EnumSet<QaInput> QUERY_AWARE = EnumSet.of(AUDIO_SCORES, VISUAL_SCORES, RELEVANCE);

    private final String field;

    QaInput(String field) {
        this.field = field;
    }

    /** The request field name, e.g. {@code "audio_scores"}. */
    public String field() {
        return field;
    }
}
