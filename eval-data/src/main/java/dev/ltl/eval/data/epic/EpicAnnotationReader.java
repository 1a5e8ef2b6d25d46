package dev.ltl.eval.data.epic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an EPIC-SOUNDS annotation CSV (e.g. {@code EPIC_Sounds_train.csv}): columns found by header
 * name (annotation_id, participant_id, video_id, start_timestamp, stop_timestamp, start_sample,
 * stop_sample, description, class, class_id), timestamps as {@code HH:MM:SS.fff}. Extra columns are
 * ignored; a missing column or a bad value fails with the file and row.
 */
public final class EpicAnnotationReader {
    static final List<String> COLUMNS = List.of("annotation_id", "participant_id", "video_id", "start_timestamp",
            "stop_timestamp", "start_sample", "stop_sample", "description", "class", "class_id");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).get();
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");

    private EpicAnnotationReader() {
    }

    public static List<EpicSegment> read(Path csvFile) {
        try (Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (String column : COLUMNS) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new EpicDataException(csvFile + ": missing column '" + column + "' (header: "
                            + csv.getHeaderNames() + ")");
                }
            }
            List<EpicSegment> segments = new ArrayList<>();
            for (CSVRecord row : csv) {
                segments.add(parse(csvFile, row));
            }
            return segments;
        } catch (IOException e) {
            throw new EpicDataException("cannot read " + csvFile + ": " + e.getMessage(), e);
        }
    }

    private static EpicSegment parse(Path file, CSVRecord row) {
        String where = file + " row " + row.getRecordNumber();
        try {
            double start = seconds(row.get("start_timestamp"));
            double stop = seconds(row.get("stop_timestamp"));
            if (stop < start) {
                throw new EpicDataException(where + ": stop_timestamp before start_timestamp");
            }
            return new EpicSegment(row.get("annotation_id"), row.get("participant_id"), row.get("video_id"), start, stop,
                    Long.parseLong(row.get("start_sample")), Long.parseLong(row.get("stop_sample")),
                    row.get("description"), row.get("class"), Integer.parseInt(row.get("class_id")));
        } catch (NumberFormatException | IllegalStateException e) {
            throw new EpicDataException(where + ": " + e.getMessage(), e);
        } catch (EpicDataException e) {
            throw e.getMessage().startsWith(where) ? e : new EpicDataException(where + ": " + e.getMessage(), e);
        }
    }

    /** {@code HH:MM:SS.fff} → seconds. */
    public static double seconds(String timestamp) {
        Matcher m = TIMESTAMP.matcher(timestamp.trim());
        if (!m.matches()) {
            throw new EpicDataException("timestamp '" + timestamp + "' is not HH:MM:SS.fff");
        }
        return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0 + Double.parseDouble(m.group(3));
    }

    /** Seconds → {@code HH:MM:SS.fff}, the format the CSVs use. */
    public static String timestamp(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }
}
