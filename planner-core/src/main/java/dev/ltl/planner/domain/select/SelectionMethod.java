package dev.ltl.planner.domain.select;

import dev.ltl.planner.domain.config.WireNamed;

/** Anchor selectors of reference §3.5 ({@code anchor_select}). */
public enum SelectionMethod implements WireNamed {
    TOPK("topk"),
    NMS("nms"),
    NMS_STRONG("nms_strong"),
    ADJACENT_TOP2("adjacent_top2"),
    WINDOW_TOPK("window_topk");

    private final String wireName;

    SelectionMethod(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
