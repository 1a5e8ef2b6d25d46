package dev.ltl.eval.simulate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.eval.data.qa.QaItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Planning and question writing for arbitrary specs (nothing is rendered, so this is cheap). */
class SimulatedQaPlanProperties {

    @Property(tries = 200)
    void eventsAndAnswersAreConsistentForAnySpec(@ForAll @IntRange(min = 10, max = 300) int seconds,
                                                 @ForAll @IntRange(min = 1, max = 5) int events,
                                                 @ForAll @IntRange(min = 2, max = 5) int options,
                                                 @ForAll @IntRange(min = 1, max = 7) int questions,
                                                 @ForAll @IntRange(min = 5, max = 8) int classes,
                                                 @ForAll long seed) {
        Assume.that(seconds / events >= 7);
        SimulatedQaSpec spec = new SimulatedQaSpec(2, seconds, events, options, questions, seed, 128, classes, 0.01,
                0.1, 2, 5);

        List<SimulatedQaVideo> videos = SimulatedQa.plan(spec);
        for (SimulatedQaVideo video : videos) {
            List<QaEvent> list = video.events();
            assertThat(list).hasSize(events);
            Set<Integer> classesSeen = new HashSet<>();
            for (int e = 0; e < list.size(); e++) {
                QaEvent event = list.get(e);
                assertThat(event.start()).isGreaterThanOrEqualTo(e == 0 ? 1 : list.get(e - 1).end() + 1);
                assertThat(event.end()).isLessThan(seconds);
                assertThat(event.end() - event.start()).isBetween(2, 5);
                assertThat(classesSeen.add(event.classIndex())).isTrue();
            }
            assertThat(video.distractors()).allSatisfy(d -> assertThat(video.eventAt(d.second())).isEmpty());
        }
        List<QaItem> items = SimulatedQa.questions(spec, videos);
        assertThat(items).hasSize(2 * questions);
        assertThat(items).extracting(QaItem::qid).doesNotHaveDuplicates();
        for (QaItem q : items) {
            assertThat(q.options()).hasSize(options).doesNotHaveDuplicates();
            SimulatedQaVideo video = videos.stream().filter(v -> v.videoId().equals(q.videoId())).findFirst()
                    .orElseThrow();
            QaEvent event = video.events().get(Integer.parseInt(q.meta().get("event_index")));
            String expected = q.meta().get("question_type").equals("when_sound")
                    ? QaEvent.range(event.start(), event.end()) : event.className();
            assertThat(q.options().get(q.answerIdx())).isEqualTo(expected);
        }
    }
}
