package dev.ltl.eval.data.qa;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * IntentQA split CSV ({@code train.csv}, {@code val.csv}, {@code test.csv}): columns found by header name, quoted
 * fields allowed. Options are the contiguous {@code a0, a1, …} columns; {@code answer} is the 0-based index; the
 * {@code type} column (CH, TN, …) becomes meta {@code type}; {@code qid} is kept as given.
 */
final class IntentQaReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private IntentQaReader() {
    }

    static QaDataset read(Path file, QaLoadOptions opts) throws IOException {
        String name = file.getFileName().toString();
        List<QaItem> items = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = csv.getHeaderNames();
            for (String column : List.of("video_id", "qid", "question", "answer", "a0", "a1")) {
                if (!header.contains(column)) {
                    throw new QaDataException(name + ":1: missing column '" + column + "' (header: " + header + ")");
                }
            }
            int optionCount = 0;
            while (header.contains("a" + optionCount)) {
                optionCount++;
            }
            long line = 1;
            for (CSVRecord row : csv) {
                // The record started on the line after the previous record ended (quoted cells may span lines).
                String where = name + ":" + (line + 1);
                line = csv.getCurrentLineNumber();
                if (opts.limit() > 0 && items.size() >= opts.limit()) {
                    break;
                }
                items.add(item(row, where, optionCount, header));
                wheres.add(where);
            }
        }
        QaItemChecks.requireUniqueKeys(items, wheres);
        String split = opts.split() != null ? opts.split() : stem(name);
        return new QaDataset(opts.name() != null ? opts.name() : QaDatasetFormat.INTENTQA.id(), split, items);
    }

    private static QaItem item(CSVRecord row, String where, int optionCount, List<String> header) {
        if (!row.isConsistent()) {
            throw new QaDataException(where + ": row has " + row.size() + " fields, header has " + header.size());
        }
        List<String> options = new ArrayList<>(optionCount);
        for (int i = 0; i < optionCount; i++) {
            options.add(row.get("a" + i));
        }
        int answer = QaItemChecks.integer(where, "answer", row.get("answer"));
        String type = row.isMapped("type") ? row.get("type").strip() : "";
        Map<String, String> meta = type.isEmpty() ? Map.of() : Map.of("type", type);
        return QaItemChecks.item(where, row.get("qid"), row.get("video_id"), row.get("question"), options, answer, meta);
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
