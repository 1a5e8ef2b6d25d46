package dev.ltl.eval.data.qa;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generic format: one object per line, {@code {"qid", "video_id", "question", "options": [...],
 * "answer_idx", "meta": {...}}}. {@code answer_idx} may be absent or -1 for an unlabelled item; meta values that
 * are not strings (numbers, lists) are kept as their JSON text.
 */
final class JsonlQaReader {

    private JsonlQaReader() {
    }

    static QaDataset read(Path file, QaLoadOptions opts) throws IOException {
        List<QaItem> items = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        for (JsonRecords.Located record : JsonRecords.read(file, List.of())) {
            if (opts.limit() > 0 && items.size() >= opts.limit()) {
                break;
            }
            JsonRecords.requireObject(record);
            items.add(item(record));
            wheres.add(record.where());
        }
        QaItemChecks.requireUniqueKeys(items, wheres);
        String stem = IntentQaReader.stem(file.getFileName().toString());
        return new QaDataset(opts.name() != null ? opts.name() : stem, opts.split() != null ? opts.split() : stem,
                items);
    }

    private static QaItem item(JsonRecords.Located record) {
        JsonNode node = record.node();
        String where = record.where();
        if (!node.path("options").isArray()) {
            throw QaDataException.at(where, "options", "missing or not a list");
        }
        List<String> options = new ArrayList<>();
        node.get("options").forEach(o -> options.add(o.asText()));
        String answer = JsonRecords.text(node, "answer_idx");
        int answerIdx = answer == null ? -1 : QaItemChecks.integer(where, "answer_idx", answer);
        Map<String, String> meta = new LinkedHashMap<>();
        JsonNode metaNode = node.path("meta");
        if (!metaNode.isMissingNode() && !metaNode.isNull()) {
            if (!metaNode.isObject()) {
                throw QaDataException.at(where, "meta", "must be an object");
            }
            metaNode.fields().forEachRemaining(e -> meta.put(e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        }
        return QaItemChecks.item(where, JsonRecords.text(node, "qid"), JsonRecords.text(node, "video_id"),
                JsonRecords.text(node, "question"), options, answerIdx, meta);
    }
}
