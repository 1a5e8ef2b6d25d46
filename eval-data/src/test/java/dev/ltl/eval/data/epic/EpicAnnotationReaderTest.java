package dev.ltl.eval.data.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EPIC-SOUNDS CSV loader, video-level labels, oracle anchors and split files. */
class EpicAnnotationReaderTest {
    private static final String HEADER = "annotation_id,participant_id,video_id,start_timestamp,stop_timestamp,"
            + "start_sample,stop_sample,description,class,class_id\n";

    @TempDir
    Path dir;

    @Test
    void readsRowsWithTimestampsInSeconds() throws IOException {
        Path csv = write("train.csv", HEADER
                + "P01_01_0,P01,P01_01,00:00:02.500,00:00:04.000,60000,96000,\"tap, water\",water,3\n"
                + "P01_01_1,P01,P01_01,01:02:03.250,01:02:13.250,1,2,open drawer,open / close,7\n");
        List<EpicSegment> rows = EpicAnnotationReader.read(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).startSeconds()).isCloseTo(2.5, within(1e-9));
        assertThat(rows.get(0).description()).isEqualTo("tap, water");
        assertThat(rows.get(0).centreSecond()).isEqualTo(3);
        assertThat(rows.get(1).startSeconds()).isCloseTo(3723.25, within(1e-9));
        assertThat(rows.get(1).classId()).isEqualTo(7);
        assertThat(EpicAnnotationReader.timestamp(3723.25)).isEqualTo("01:02:03.250");
    }

    @Test
    void badFilesNameTheProblem() throws IOException {
        Path noClass = write("a.csv", "annotation_id,participant_id,video_id,start_timestamp,stop_timestamp,"
                + "start_sample,stop_sample,description,class\n");
        assertThatThrownBy(() -> EpicAnnotationReader.read(noClass)).isInstanceOf(EpicDataException.class)
                .hasMessageContaining("class_id");
        Path badTime = write("b.csv", HEADER + "x,P01,P01_01,2.5,00:00:04.000,0,0,d,c,1\n");
        assertThatThrownBy(() -> EpicAnnotationReader.read(badTime)).isInstanceOf(EpicDataException.class)
                .hasMessageContaining("row 1").hasMessageContaining("HH:MM:SS");
        Path backwards = write("c.csv", HEADER + "x,P01,P01_01,00:00:05.000,00:00:04.000,0,0,d,c,1\n");
        assertThatThrownBy(() -> EpicAnnotationReader.read(backwards)).hasMessageContaining("before");
    }

    @Test
    void videoLabelsAreTheUnionOfClassIdsAndOracleAnchorsGoLongestFirst() throws IOException {
        Path train = write("train.csv", HEADER
                + "a,P01,P01_02,00:00:10.000,00:00:12.000,0,0,d,x,5\n"
                + "b,P01,P01_02,00:00:20.000,00:00:26.000,0,0,d,y,2\n"
                + "c,P01,P01_02,00:00:30.000,00:00:31.000,0,0,d,x,5\n"
                + "d,P01,P01_01,00:00:01.000,00:00:02.000,0,0,d,z,9\n");
        Path val = write("val.csv", HEADER + "e,P02,P02_01,00:00:00.000,00:00:03.000,0,0,d,w,11\n");
        EpicDataset dataset = EpicDataset.load(train, val);
        assertThat(dataset.train()).extracting(EpicVideo::videoId).containsExactly("P01_01", "P01_02");
        EpicVideo video = dataset.train().get(1);
        assertThat(video.classIds()).containsExactly(2, 5);
        assertThat(video.oracleAnchors()).containsExactly(23, 11, 30);
        assertThat(dataset.classIds()).containsExactly(2, 5, 9, 11);
        assertThat(dataset.labels(video)).containsExactly(true, true, false, false);
        assertThat(dataset.labels(dataset.val().get(0))).containsExactly(false, false, false, true);

        Path ids = write("train_ids.txt", "# chosen\nP01_02\n\n");
        EpicDataset restricted = dataset.restrictTo(ids, null);
        assertThat(restricted.train()).extracting(EpicVideo::videoId).containsExactly("P01_02");
        assertThat(restricted.classIds()).containsExactly(2, 5, 11);
        assertThat(dataset.limit(1, 0).train()).extracting(EpicVideo::videoId).containsExactly("P01_01");
        Path unknown = write("bad_ids.txt", "P09_99\n");
        assertThatThrownBy(() -> dataset.restrictTo(null, unknown)).hasMessageContaining("P09_99");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
