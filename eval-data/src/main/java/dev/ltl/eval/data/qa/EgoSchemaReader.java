package dev.ltl.eval.data.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * EgoSchema questions, as the public release ships them ({@code questions.json}: a list of {@code q_uid},
 * {@code google_drive_id}, {@code question}, {@code option 0} … {@code option 4}) with labels for the 500-question
 * Subset in {@code subset_answers.json} ({@code {q_uid: index}}). JSON Lines and a {@code {"questions": […]}}
 * wrapper are read too.
 *
 * <p>[I] Also accepted, for exports of the Hugging Face copy: {@code question_idx} for {@code q_uid},
 * {@code video_idx} as the video id, an {@code option} list, and an inline {@code answer} (index or letter).
 * The video id is {@code video_idx} when present, else {@code q_uid}: the released videos are named
 * {@code <q_uid>.mp4}.
 *
 * <p>Split {@code subset} (the default) keeps only labelled questions, in file order; any other split name keeps
 * every question, unlabelled ones with answer -1.
 */
final class EgoSchemaReader {

    static final String DEFAULT_SPLIT = "subset";
    static final String ANSWERS_FILE = "subset_answers.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EgoSchemaReader() {
    }

    static QaDataset read(Path file, QaLoadOptions opts) throws IOException {
        Map<String, Integer> labels = labels(file, opts);
        String split = opts.split() != null ? opts.split() : DEFAULT_SPLIT;
        boolean labelledOnly = split.equalsIgnoreCase(DEFAULT_SPLIT);
        List<QaItem> items = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        for (JsonRecords.Located record : JsonRecords.read(file, List.of("questions", "data"))) {
            JsonRecords.requireObject(record);
            QaItem item = item(record, labels);
            if (labelledOnly && item.answerIdx() < 0) {
                continue;
            }
            if (opts.limit() > 0 && items.size() >= opts.limit()) {
                break;
            }
            items.add(item);
            wheres.add(record.where());
        }
        if (labelledOnly && items.isEmpty()) {
            throw new QaDataException(file.getFileName() + ": the EgoSchema '" + DEFAULT_SPLIT + "' split needs labels:"
                    + " none of the questions has one (pass an answers file or put " + ANSWERS_FILE + " beside it)");
        }
        QaItemChecks.requireUniqueKeys(items, wheres);
        return new QaDataset(opts.name() != null ? opts.name() : QaDatasetFormat.EGOSCHEMA.id(), split, items);
    }

    private static QaItem item(JsonRecords.Located record, Map<String, Integer> labels) {
        JsonNode node = record.node();
        String qid = first(node, "q_uid", "question_idx");
        String videoId = node.hasNonNull("video_idx") ? node.get("video_idx").asText() : qid;
        List<String> options = options(node);
        int answer = -1;
        if (qid != null && labels.containsKey(qid)) {
            answer = labels.get(qid);
        } else if (node.hasNonNull("answer")) {
            answer = answerIndex(record.where(), node.get("answer").asText(), options);
        }
        return QaItemChecks.item(record.where(), qid, videoId, JsonRecords.text(node, "question"), options, answer,
                Map.of());
    }

    private static List<String> options(JsonNode node) {
        List<String> options = new ArrayList<>();
        if (node.path("option").isArray()) {
            node.get("option").forEach(o -> options.add(o.asText()));
            return options;
        }
        for (int i = 0; node.has("option " + i); i++) {
            options.add(JsonRecords.text(node, "option " + i));
        }
        return options;
    }

    /** An inline answer: a 0-based index or a letter A.. . */
    private static int answerIndex(String where, String answer, List<String> options) {
        String s = answer.strip();
        if (s.length() == 1 && Character.isLetter(s.charAt(0))) {
            return Character.toUpperCase(s.charAt(0)) - 'A';
        }
        return QaItemChecks.integer(where, "answer", s);
    }

    private static Map<String, Integer> labels(Path questions, QaLoadOptions opts) throws IOException {
        Path file = opts.answersFile();
        if (file == null) {
            Path sibling = questions.toAbsolutePath().resolveSibling(ANSWERS_FILE);
            if (!Files.isRegularFile(sibling)) {
                return Map.of();
            }
            file = sibling;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new QaDataException(file.getFileName() + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new QaDataException(file.getFileName() + ": expected an object {q_uid: answer index}");
        }
        Map<String, Integer> labels = new HashMap<>();
        var fields = root.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            labels.put(entry.getKey(), QaItemChecks.integer(file.getFileName() + ": key " + entry.getKey(), "answer",
                    entry.getValue().asText()));
        }
        return labels;
    }

    private static String first(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = JsonRecords.text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
