package dev.ltl.eval.data.qa;

import java.util.List;

/**
 * Loaded multiple-choice QA items, in file order.
 *
 * @param name  dataset name, e.g. {@code intentqa}
 * @param split split name, e.g. {@code val} or {@code subset}
 * @param items the items, each (qid, video_id) pair at most once
 */
public record QaDataset(String name, String split, List<QaItem> items) {
    public QaDataset {
        items = List.copyOf(items);
    }

    /** Distinct video ids in first-appearance order. */
    public List<String> videoIds() {
        return items.stream().map(QaItem::videoId).distinct().toList();
    }
}
