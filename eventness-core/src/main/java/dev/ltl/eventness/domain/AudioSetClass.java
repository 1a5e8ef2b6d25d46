package dev.ltl.eventness.domain;

/**
 * One AudioSet class as listed in a tagger's labels.csv.
 *
 * @param index       output index in the model's logits
 * @param mid         Freebase machine id of the ontology node, e.g. {@code /m/09x0r}
 * @param displayName human-readable name, e.g. {@code Speech}
 */
public record AudioSetClass(int index, String mid, String displayName) {
}
