package dev.ltl.eval.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads AVE annotation files ({@code Annotations.txt}, {@code trainSet.txt}, ...): one row
 * {@code Category&VideoID&Quality&Start&End} per line. Rows whose Start or End is not a number are skipped, which
 * is how the reference drops a header row (§1.1). Blank lines are ignored; a row with another field count is an
 * error, since guessing where a stray {@code &} belongs would silently mislabel a clip.
 */
public final class AveAnnotationReader {

    /** Python's float() syntax for finite decimals (underscores between digits allowed). */
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(\\d+(_\\d+)*(\\.(\\d+(_\\d+)*)?)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+(_\\d+)*)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(nan|inf|infinity)");

    private AveAnnotationReader() {
    }

    /** The parsed rows of {@code file}, in file order. */
    public static List<AveAnnotation> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AveDataException("cannot read AVE annotation file " + file + ": " + e.getMessage(), e);
        }
        List<AveAnnotation> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("&", -1);
            if (fields.length != 5) {
                throw new AveDataException(file + ":" + (i + 1) + ": expected 5 '&'-separated fields, got "
                        + fields.length + " in '" + line + "'");
            }
            OptionalDouble start = parsePythonFloat(fields[3]);
            OptionalDouble end = parsePythonFloat(fields[4]);
            if (start.isEmpty() || end.isEmpty()) {
                continue; // header row or any row the reference's float() would reject
            }
            if (fields[1].isBlank()) {
                throw new AveDataException(file + ":" + (i + 1) + ": empty video id in '" + line + "'");
            }
            rows.add(new AveAnnotation(fields[0], fields[1], fields[2], start.getAsDouble(), end.getAsDouble()));
        }
        return rows;
    }

    /** Parses {@code text} as Python's {@code float()} would, or returns empty where Python raises ValueError. */
    static OptionalDouble parsePythonFloat(String text) {
        String t = text.strip();
        if (DECIMAL.matcher(t).matches()) {
            return OptionalDouble.of(Double.parseDouble(t.replace("_", "")));
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (SPECIAL.matcher(lower).matches()) {
            boolean negative = lower.startsWith("-");
            if (lower.endsWith("nan")) {
                return OptionalDouble.of(Double.NaN);
            }
            return OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return OptionalDouble.empty();
    }
}
