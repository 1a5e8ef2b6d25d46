package dev.ltl.eval.data.qa;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AVQA annotations as the public release ships them ({@code train_qa.json}, {@code val_qa.json}: a list of
 * {@code id}, {@code video_name}, {@code video_id}, {@code question_text}, {@code multi_choice}, {@code answer},
 * {@code question_relation}, {@code question_type}).
 *
 * <p>[I] Assumptions: the video file is named by {@code video_name} (the VGGSound clip name); {@code video_id}, a
 * number, is the fallback. {@code question_content} is accepted for {@code question_text}. {@code answer} is the
 * 0-based index into {@code multi_choice} (4 options in the release). {@code question_type} and
 * {@code question_relation} become meta of the same names. The qid is {@code id}.
 */
final class AvqaReader {

    private AvqaReader() {
    }

    static QaDataset read(Path file, QaLoadOptions opts) throws IOException {
        List<QaItem> items = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        for (JsonRecords.Located record : JsonRecords.read(file, List.of("questions", "data"))) {
            if (opts.limit() > 0 && items.size() >= opts.limit()) {
                break;
            }
            JsonRecords.requireObject(record);
            items.add(item(record));
            wheres.add(record.where());
        }
        QaItemChecks.requireUniqueKeys(items, wheres);
        String stem = IntentQaReader.stem(file.getFileName().toString());
        String split = opts.split() != null ? opts.split() : stem.replaceFirst("_qa$", "");
        return new QaDataset(opts.name() != null ? opts.name() : QaDatasetFormat.AVQA.id(), split, items);
    }

    private static QaItem item(JsonRecords.Located record) {
        JsonNode node = record.node();
        String where = record.where();
        String videoId = JsonRecords.text(node, "video_name");
        if (videoId == null) {
            videoId = JsonRecords.text(node, "video_id");
        }
        String question = JsonRecords.text(node, "question_text");
        if (question == null) {
            question = JsonRecords.text(node, "question_content");
        }
        if (!node.path("multi_choice").isArray()) {
            throw QaDataException.at(where, "multi_choice", "missing or not a list");
        }
        List<String> options = new ArrayList<>();
        node.get("multi_choice").forEach(o -> options.add(o.asText()));
        String answer = JsonRecords.text(node, "answer");
        if (answer == null) {
            throw QaDataException.at(where, "answer", "missing");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String field : List.of("question_type", "question_relation")) {
            String value = JsonRecords.text(node, field);
            if (value != null && !value.isBlank()) {
                meta.put(field, value.strip());
            }
        }
        return QaItemChecks.item(where, JsonRecords.text(node, "id"), videoId, question, options,
                QaItemChecks.integer(where, "answer", answer), meta);
    }
}
