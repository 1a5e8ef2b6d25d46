package dev.ltl.eval.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The AVE class map (§1.1): {@code background} is 0, and the distinct event categories, sorted lexicographically,
 * are 1..K. On the official metadata K = 28 and {@link #numClasses()} = 29; other metadata gets one class per
 * category it contains.
 */
public final class AveClassMap {

    /** Name and index of the non-event class. */
    public static final String BACKGROUND = "background";
    public static final int BACKGROUND_INDEX = 0;

    private final List<String> names;
    private final Map<String, Integer> indexByName;

    private AveClassMap(List<String> names) {
        this.names = List.copyOf(names);
        this.indexByName = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            indexByName.put(this.names.get(i), i);
        }
    }

    /**
     * The map for these event categories (duplicates ignored). Sorting is by UTF-16 code unit, which equals Python's
     * code-point sort for every category name outside the astral planes.
     */
    public static AveClassMap fromCategories(Collection<String> categories) {
        TreeSet<String> sorted = new TreeSet<>(categories);
        if (sorted.contains(BACKGROUND)) {
            throw new AveDataException("'" + BACKGROUND + "' is reserved for class 0 and cannot be an event category");
        }
        List<String> all = new java.util.ArrayList<>(sorted.size() + 1);
        all.add(BACKGROUND);
        all.addAll(sorted);
        return new AveClassMap(all);
    }

    /** Number of classes including background (29 on AVE). */
    public int numClasses() {
        return names.size();
    }

    /** Class index of {@code category}; throws for an unknown name. */
    public int index(String category) {
        Integer index = indexByName.get(category);
        if (index == null) {
            throw new IllegalArgumentException("unknown AVE category '" + category + "'");
        }
        return index;
    }

    /** Name of class {@code index} ({@value #BACKGROUND} for 0). */
    public String name(int index) {
        return names.get(index);
    }

    /** All class names by index, background first. */
    public List<String> names() {
        return names;
    }
}
