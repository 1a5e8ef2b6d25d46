package dev.ltl.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.eval.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AveDatasetTest {

    @TempDir
    Path tmp;

    @Test
    void officialMetadataHasTheReferenceCountsAndClassMap() {
        Path meta = SharedData.require("data/ave-meta");
        AveDataset ave = AveDataset.load(meta, null, AveLoadOptions.defaults());

        assertThat(ave.rows(AveSplit.TRAIN)).hasSize(3339);
        assertThat(ave.rows(AveSplit.VAL)).hasSize(402);
        assertThat(ave.rows(AveSplit.TEST)).hasSize(402);
        assertThat(ave.annotations()).hasSize(4143);
        assertThat(ave.rowRangeStart(AveSplit.VAL)).isEqualTo(3339);
        assertThat(ave.rowRangeEnd(AveSplit.TEST)).isEqualTo(4143);
        // Deduplicated id lists: the reference's 3312/401/402.
        assertThat(ave.ids(AveSplit.TRAIN)).hasSize(3312).doesNotHaveDuplicates();
        assertThat(ave.ids(AveSplit.VAL)).hasSize(401);
        assertThat(ave.ids(AveSplit.TEST)).hasSize(402);
        assertThat(ave.ids(AveSplit.TRAIN).get(0)).isEqualTo("c---zaDCTaE");

        assertThat(ave.numClasses()).isEqualTo(29);
        assertThat(ave.classMap().name(0)).isEqualTo("background");
        assertThat(ave.classMap().index("Accordion")).isEqualTo(1);
        assertThat(ave.classMap().index("Violin, fiddle")).isEqualTo(28);
        assertThat(ave.classMap().index("Race car, auto racing")).isEqualTo(21);
    }

    @Test
    void officialLabelsFollowTheOverlapRuleAndTheLastOccurrence() {
        AveDataset ave = AveDataset.load(SharedData.require("data/ave-meta"), null, AveLoadOptions.defaults());

        // Expected vectors computed with python3 from the same files (strictly positive overlap rule).
        assertThat(ave.labels("MH3m4AwEcRY")).containsExactly(0, 0, 0, 0, 0, 0, 9, 9, 0, 0);      // Church bell 6–8
        assertThat(ave.labels("22olCB3wQaA")).containsExactly(0, 0, 0, 0, 0, 21, 21, 21, 21, 21); // Race car 5–10
        assertThat(ave.labels("16eUxQwxxbs")).containsExactly(27, 27, 27, 27, 27, 27, 27, 27, 27, 27);
        // Train says Male speech (18), val says Female speech (11): the val row, the later one, wins.
        assertThat(ave.labels("00N83yxKYUI")).containsExactly(11, 11, 11, 11, 11, 0, 0, 0, 0, 0);
        // Train vs test: test wins, in the train role too.
        assertThat(ave.ids(AveSplit.TRAIN)).contains("0qvQIuQoODo");
        assertThat(ave.labels("0qvQIuQoODo")).containsExactly(0, 11, 11, 11, 0, 0, 0, 0, 0, 0);
        // Twice within train: the later row wins.
        assertThat(ave.labels("-ccciEuH9FE")).containsExactly(0, 0, 0, 0, 0, 11, 11, 11, 11, 11);
    }

    @Test
    void allowMissingKeepsTheSampleVideosAndCountsTheRest() {
        Path meta = SharedData.require("data/ave-meta");
        Path videos = SharedData.require("data/ave-sample");
        AveDataset ave = AveDataset.load(meta, videos, AveLoadOptions.defaults().withAllowMissing(true));

        assertThat(ave.ids(AveSplit.TRAIN)).containsExactlyInAnyOrder("22olCB3wQaA", "0lFf-HP86Q0", "16eUxQwxxbs");
        assertThat(ave.skippedCount(AveSplit.TRAIN)).isEqualTo(3309);
        assertThat(ave.skippedCount(AveSplit.VAL)).isEqualTo(401);
        assertThat(ave.skippedCount(AveSplit.TEST)).isEqualTo(402);
        assertThat(ave.videoPath("16eUxQwxxbs")).contains(videos.resolve("16eUxQwxxbs.mp4"));
    }

    @Test
    void smallMetadataLabelsClassesAndSplits() throws IOException {
        writeMeta(List.of(
                        "Category&VideoID&Quality&StartTime&EndTime",
                        "Dog&a&good&2&7",
                        "Cat&b&good&2.5&4.2",
                        "",
                        "Dog&a&good&0&1"),
                List.of("Bird&c&bad&0&10", "Cat&b&good&9&10"),
                List.of("Dog&d&good&0.0&0.5"));
        AveDataset ave = AveDataset.load(tmp, null, AveLoadOptions.defaults());

        assertThat(ave.classMap().names()).containsExactly("background", "Bird", "Cat", "Dog");
        assertThat(ave.numClasses()).isEqualTo(4);
        assertThat(ave.annotations()).hasSize(6);
        assertThat(ave.rows(AveSplit.VAL)).extracting(AveAnnotation::videoId).containsExactly("c", "b");
        assertThat(ave.ids(AveSplit.TRAIN)).containsExactly("a", "b");
        assertThat(ave.ids(AveSplit.VAL)).containsExactly("c", "b");
        // a: the later train row (0–1) wins over 2–7.
        assertThat(ave.labels("a")).containsExactly(3, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        // b: the val row 9–10 wins over the train row 2.5–4.2.
        assertThat(ave.labels("b")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
        assertThat(ave.labels("c")).containsOnly(1);
        // A partial first second counts.
        assertThat(ave.labels("d")).containsExactly(3, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(ave.labels(List.of("c", "d"))).hasDimensions(2, 10);
    }

    @Test
    void fractionalBoundsCountEveryPartlyCoveredSecond() throws IOException {
        writeMeta(List.of("Cat&b&good&2.5&4.2"), List.of(), List.of());
        AveDataset ave = AveDataset.load(tmp, null, AveLoadOptions.defaults());
        assertThat(ave.labels("b")).containsExactly(0, 0, 1, 1, 1, 0, 0, 0, 0, 0);
    }

    @Test
    void limitsTruncateBeforeTheMediaCheck() throws IOException {
        writeMeta(List.of("Dog&a&good&0&1", "Dog&b&good&0&1", "Dog&c&good&0&1"), List.of("Dog&v&good&0&1"),
                List.of("Dog&t&good&0&1"));
        AveLoadOptions options = AveLoadOptions.defaults().withLimits(2, 0, 0).withAllowMissing(true)
                .withMediaAvailable(id -> !id.equals("a"));
        AveDataset ave = AveDataset.load(tmp, null, options);

        assertThat(ave.ids(AveSplit.TRAIN)).containsExactly("b");
        assertThat(ave.skippedIds(AveSplit.TRAIN)).containsExactly("a");
        assertThat(ave.ids(AveSplit.VAL)).containsExactly("v");
        assertThat(ave.skippedCount(AveSplit.TEST)).isZero();
    }

    @Test
    void missingVideosFailWithoutAllowMissing() throws IOException {
        writeMeta(List.of("Dog&a&good&0&1", "Dog&b&good&0&1"), List.of(), List.of());
        Path videos = Files.createDirectories(tmp.resolve("videos"));
        Files.write(videos.resolve("a.mp4"), new byte[] {1});

        assertThatThrownBy(() -> AveDataset.load(tmp, videos, AveLoadOptions.defaults()))
                .isInstanceOf(AveDataException.class).hasMessageContaining("1 of 2 train clips have no media");
        AveDataset ave = AveDataset.load(tmp, videos, AveLoadOptions.defaults().withAllowMissing(true));
        assertThat(ave.ids(AveSplit.TRAIN)).containsExactly("a");
        assertThat(ave.skippedIds(AveSplit.TRAIN)).containsExactly("b");
    }

    @Test
    void downloadOkListsReplaceTheRowOrder() throws IOException {
        writeMeta(List.of("Dog&a&good&0&1", "Dog&b&good&0&1"), List.of(), List.of());
        Files.write(tmp.resolve("download_ok_train_official.txt"), List.of("b", "", "a", "b"));
        AveDataset ave = AveDataset.load(tmp, null, AveLoadOptions.defaults());
        assertThat(ave.ids(AveSplit.TRAIN)).containsExactly("b", "a");

        Files.write(tmp.resolve("download_ok_val_official.txt"), List.of("zzz"));
        assertThatThrownBy(() -> AveDataset.load(tmp, null, AveLoadOptions.defaults()))
                .isInstanceOf(AveDataException.class).hasMessageContaining("zzz");
    }

    @Test
    void malformedRowsAndMissingFilesAreReported() throws IOException {
        writeMeta(List.of("Dog&a&good&0"), List.of(), List.of());
        assertThatThrownBy(() -> AveDataset.load(tmp, null, AveLoadOptions.defaults()))
                .isInstanceOf(AveDataException.class).hasMessageContaining("trainSet.txt:1");

        writeMeta(List.of("Dog&a&good&0&1"), List.of(), List.of());
        Files.delete(tmp.resolve("valSet.txt"));
        assertThatThrownBy(() -> AveDataset.load(tmp, null, AveLoadOptions.defaults()))
                .isInstanceOf(AveDataException.class).hasMessageContaining("valSet.txt");
    }

    @Test
    void pythonFloatSyntaxDecidesWhichRowsAreSkipped() {
        assertThat(AveAnnotationReader.parsePythonFloat(" 5 ")).hasValue(5.0);
        assertThat(AveAnnotationReader.parsePythonFloat("1e1")).hasValue(10.0);
        assertThat(AveAnnotationReader.parsePythonFloat(".5")).hasValue(0.5);
        assertThat(AveAnnotationReader.parsePythonFloat("1_0")).hasValue(10.0);
        assertThat(AveAnnotationReader.parsePythonFloat("-inf")).hasValue(Double.NEGATIVE_INFINITY);
        for (String bad : Set.of("StartTime", "5d", "0x10", "", "1__0", "5f")) {
            assertThat(AveAnnotationReader.parsePythonFloat(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void annotationRowsRoundTrip() {
        AveAnnotation row = new AveAnnotation("Dog", "x", "good", 2, 7.5);
        assertThat(row.toRow()).isEqualTo("Dog&x&good&2&7.5");
    }

    private void writeMeta(List<String> train, List<String> val, List<String> test) throws IOException {
        Files.write(tmp.resolve("trainSet.txt"), train);
        Files.write(tmp.resolve("valSet.txt"), val);
        Files.write(tmp.resolve("testSet.txt"), test);
    }
}
