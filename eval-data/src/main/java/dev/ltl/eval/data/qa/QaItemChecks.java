package dev.ltl.eval.data.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validation shared by every loader, so each bad row fails the same way: file:line, field, problem. */
final class QaItemChecks {

    /** Letters A..Z label the options, so no more can be asked. */
    static final int MAX_OPTIONS = 26;

    private QaItemChecks() {
    }

    /** A validated item; {@code where} is "file:line" for the error message. */
    static QaItem item(String where, String qid, String videoId, String question, List<String> options,
                       int answerIdx, Map<String, String> meta) {
        requireText(where, "qid", qid);
        requireText(where, "video_id", videoId);
        requireText(where, "question", question);
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            throw QaDataException.at(where, "options", "need 2.." + MAX_OPTIONS + " options, got " + options.size());
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i) == null || options.get(i).isBlank()) {
                throw QaDataException.at(where, "options", "option " + i + " is empty");
            }
        }
        if (answerIdx < -1 || answerIdx >= options.size()) {
            throw QaDataException.at(where, "answer", "index " + answerIdx + " outside [0, " + options.size()
                    + ") (or -1 for unlabelled)");
        }
        List<String> trimmed = new ArrayList<>(options.size());
        options.forEach(o -> trimmed.add(o.strip()));
        return new QaItem(qid.strip(), videoId.strip(), question.strip(), trimmed, answerIdx, meta);
    }

    /** Parses an integer field, naming it when it is not one. */
    static int integer(String where, String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw QaDataException.at(where, field, "not an integer: '" + value + "'");
        }
    }

    /**
     * Rejects a second item with the same (qid, video_id): the per-item seed and the resume bookkeeping key on that
     * pair, so a duplicate would silently merge two questions.
     */
    static void requireUniqueKeys(List<QaItem> items, List<String> wheres) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).seedKey())) {
                throw QaDataException.at(wheres.get(i), "qid", "duplicate (qid, video_id) = ("
                        + items.get(i).qid() + ", " + items.get(i).videoId() + ")");
            }
        }
    }

    private static void requireText(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            throw QaDataException.at(where, field, "missing or empty");
        }
    }
}
