package dev.ltl.eval.simulate.qa;

import dev.ltl.eval.data.qa.QaItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the questions of a simulated video. Question j is about event j mod E and alternates two types, both
 * answerable only by finding the event the audio marks:
 * <ul>
 *   <li>{@value #PATTERN}: "Which pattern is shown while the second sound plays?" — options are class names;
 *       the answer is the class of that event (seen in its striped patch).</li>
 *   <li>{@value #WHEN}: "When does the horn sound play?" — options are time ranges; the answer is the event's
 *       [start, end). Wrong ranges are the other events' ranges first, then random ranges of the same length
 *       that do not overlap the event.</li>
 * </ul>
 * Options are shuffled, so the answer letter is uniform over the options.
 */
final class QaQuestionMaker {

    static final String PATTERN = "pattern_during_sound";
    static final String WHEN = "when_sound";
    /** Meta keys of every question, in the order questions.jsonl writes them. */
    static final List<String> META_KEYS = List.of("question_type", "event_index", "event_class", "event_start_s",
            "event_end_s", "event_seconds");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    private QaQuestionMaker() {
    }

    static List<QaItem> questions(SimulatedQaSpec spec, SimulatedQaVideo video, int videoIndex) {
        SplittableRandom rng = new SplittableRandom(spec.seed() * 31 + 1_000_003L * (videoIndex + 1));
        List<QaItem> items = new ArrayList<>();
        int count = video.events().size();
        for (int j = 0; j < spec.questionsPerVideo(); j++) {
            int eventIndex = j % count;
            QaEvent event = video.events().get(eventIndex);
            // Alternate types, shifted on each pass over the events so every event gets both types.
            boolean pattern = (j + j / count) % 2 == 0;
            String qid = video.videoId() + "_q" + j;
            items.add(pattern ? patternQuestion(spec, qid, video, eventIndex, event, rng)
                    : whenQuestion(spec, qid, video, eventIndex, event, rng));
        }
        return items;
    }

    private static QaItem patternQuestion(SimulatedQaSpec spec, String qid, SimulatedQaVideo video, int eventIndex,
                                          QaEvent event, SplittableRandom rng) {
        String ordinal = video.events().size() == 1 ? "" : ordinal(eventIndex) + " ";
        String question = "Which pattern is shown while the " + ordinal + "sound plays?";
        Set<String> options = new LinkedHashSet<>();
        options.add(event.className());
        // Classes of the video's other events are the tempting wrong answers; then any other class.
        video.events().forEach(e -> addIfRoom(options, e.className(), spec.optionsPerQuestion()));
        int[] others = QaVideoPlanner.distinctClasses(spec.classes(), spec.classes(), rng);
        for (int k : others) {
            addIfRoom(options, SimulatedQaSpec.CLASS_NAMES.get(k), spec.optionsPerQuestion());
        }
        return shuffled(qid, video.videoId(), question, new ArrayList<>(options), PATTERN, eventIndex, event, rng);
    }

    private static QaItem whenQuestion(SimulatedQaSpec spec, String qid, SimulatedQaVideo video, int eventIndex,
                                       QaEvent event, SplittableRandom rng) {
        String question = "When does the " + event.className() + " sound play?";
        Set<String> options = new LinkedHashSet<>();
        options.add(QaEvent.range(event.start(), event.end()));
        video.events().forEach(e -> addIfRoom(options, QaEvent.range(e.start(), e.end()), spec.optionsPerQuestion()));
        for (String range : decoyRanges(spec.seconds(), event, rng)) {
            addIfRoom(options, range, spec.optionsPerQuestion());
        }
        if (options.size() < spec.optionsPerQuestion()) {
            throw new IllegalArgumentException("a " + spec.seconds() + " s video has too few distinct time ranges for "
                    + spec.optionsPerQuestion() + " options; use longer videos or shorter events");
        }
        return shuffled(qid, video.videoId(), question, new ArrayList<>(options), WHEN, eventIndex, event, rng);
    }

    /**
     * Ranges as long as the event at every other start, shuffled: those that miss the event entirely first, then
     * those that only overlap it (still wrong, and only needed for very short videos).
     */
    private static List<String> decoyRanges(int seconds, QaEvent event, SplittableRandom rng) {
        int length = event.end() - event.start();
        List<String> disjoint = new ArrayList<>();
        List<String> overlapping = new ArrayList<>();
        for (int start = 0; start + length <= seconds; start++) {
            if (start == event.start()) {
                continue;
            }
            boolean misses = start + length <= event.start() || start >= event.end();
            (misses ? disjoint : overlapping).add(QaEvent.range(start, start + length));
        }
        List<String> ranges = new ArrayList<>(shuffle(disjoint, rng));
        ranges.addAll(shuffle(overlapping, rng));
        return ranges;
    }

    private static List<String> shuffle(List<String> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
        return list;
    }

    /** Shuffles the options (the first is the answer) and records where the answer went. */
    private static QaItem shuffled(String qid, String videoId, String question, List<String> options, String type,
                                   int eventIndex, QaEvent event, SplittableRandom rng) {
        String answer = options.get(0);
        shuffle(options, rng);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("question_type", type);
        meta.put("event_index", Integer.toString(eventIndex));
        meta.put("event_class", event.className());
        meta.put("event_start_s", Integer.toString(event.start()));
        meta.put("event_end_s", Integer.toString(event.end()));
        // JSON list text, as the JSONL loader renders a list-valued meta field.
        meta.put("event_seconds", java.util.Arrays.toString(event.seconds()).replace(" ", ""));
        return new QaItem(qid, videoId, question, options, options.indexOf(answer), meta);
    }

    private static void addIfRoom(Set<String> options, String option, int max) {
        if (options.size() < max) {
            options.add(option);
        }
    }

    private static String ordinal(int index) {
        return index < ORDINALS.size() ? ORDINALS.get(index) : (index + 1) + "th";
    }
}
