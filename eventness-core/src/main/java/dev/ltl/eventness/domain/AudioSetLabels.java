package dev.ltl.eventness.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The class list of an AudioSet tagger, parsed from {@code labels.csv} lines of the form
 * {@code index,mid,display_name} (no header; names with commas are double-quoted, as in
 * {@code 1,/m/05zppz,"Male speech, man speaking"}). Indexes must run 0, 1, 2, … in order.
 */
public final class AudioSetLabels {

    private final List<AudioSetClass> classes;

    private AudioSetLabels(List<AudioSetClass> classes) {
        this.classes = List.copyOf(classes);
    }

    /** Parses the CSV lines; blank lines are ignored. */
    public static AudioSetLabels parse(List<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("lines must not be null");
        }
        List<AudioSetClass> classes = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = splitCsvLine(line.strip());
            if (fields.size() != 3) {
                throw new IllegalArgumentException("labels line must have 3 fields (index,mid,display_name): " + line);
            }
            int index;
            try {
                index = Integer.parseInt(fields.get(0).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("labels line has a non-numeric index: " + line, e);
            }
            if (index != classes.size()) {
                throw new IllegalArgumentException("labels index " + index + " out of order, expected " + classes.size());
            }
            classes.add(new AudioSetClass(index, fields.get(1).strip(), fields.get(2)));
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("lines hold no labels");
        }
        return new AudioSetLabels(classes);
    }

    /** All classes in index order. */
    public List<AudioSetClass> classes() {
        return classes;
    }

    /** Number of classes. */
    public int size() {
        return classes.size();
    }

    /** Display names in index order. */
    public List<String> displayNames() {
        return classes.stream().map(AudioSetClass::displayName).toList();
    }

    /** true at index i when class i is in {@link AudioSetSpeechClasses}. */
    public boolean[] speechMask() {
        boolean[] mask = new boolean[classes.size()];
        for (AudioSetClass c : classes) {
            mask[c.index()] = AudioSetSpeechClasses.isSpeech(c.mid());
        }
        return mask;
    }

    /** Display names of the k most probable classes, most probable first (ties: lower index first). */
    public List<String> topK(float[] probabilities, int k) {
        if (probabilities == null || probabilities.length != classes.size()) {
            throw new IllegalArgumentException("probabilities must hold " + classes.size() + " values");
        }
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Float.compare(probabilities[b], probabilities[a]));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.size()); i++) {
            names.add(classes.get(order.get(i)).displayName());
        }
        return Collections.unmodifiableList(names);
    }

    /** Splits one CSV record with RFC-4180 quoting ("" inside quotes is a literal quote). */
    static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("labels line has an unterminated quote: " + line);
        }
        fields.add(field.toString());
        return fields;
    }
}
