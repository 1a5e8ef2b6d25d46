package dev.ltl.eval.data.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaDatasetsTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(QaDatasetsTest.class.getResource("/qa/" + name).toURI());
    }

    @Test
    void intentQaReadsColumnsByNameWithQuotedAndMultiLineCells() throws Exception {
        QaDataset ds = QaDatasets.load(QaDatasetFormat.INTENTQA, fixture("intentqa/val.csv"), QaLoadOptions.defaults());

        assertThat(ds.name()).isEqualTo("intentqa");
        assertThat(ds.split()).isEqualTo("val");
        assertThat(ds.items()).hasSize(3);
        QaItem second = ds.items().get(1);
        assertThat(second.qid()).isEqualTo("4882821564_7");
        assertThat(second.videoId()).isEqualTo("4882821564");
        assertThat(second.question()).isEqualTo("what did the lady do after the boy picked up the present, and why");
        assertThat(second.options()).containsExactly("laugh, then clap", "sit down", "take a photo",
                "help him\nunwrap it", "walk away");
        assertThat(second.answerIdx()).isEqualTo(3);
        assertThat(second.meta()).isEqualTo(Map.of("type", "TN"));
        assertThat(ds.videoIds()).containsExactly("4882821564", "2440175990");
    }

    @Test
    void limitKeepsTheFirstRowsAndSplitCanBeRenamed() throws Exception {
        QaDataset ds = QaDatasets.load(QaDatasetFormat.INTENTQA, fixture("intentqa/val.csv"),
                QaLoadOptions.defaults().withLimit(2).withSplit("validation").withName("iqa"));

        assertThat(ds.items()).extracting(QaItem::qid).containsExactly("4882821564_6", "4882821564_7");
        assertThat(ds.split()).isEqualTo("validation");
        assertThat(ds.name()).isEqualTo("iqa");
    }

    @Test
    void intentQaBadAnswerNamesFileLineAndField() throws IOException {
        Path csv = tmp.resolve("val.csv");
        Files.writeString(csv, """
                video_id,question,answer,qid,type,a0,a1,a2,a3,a4
                v1,"a question, quoted",0,q1,CH,a,b,c,d,e
                v2,"multi
                line",x,q2,CH,a,b,c,d,e
                """);

        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.INTENTQA, csv, QaLoadOptions.defaults()))
                .isInstanceOf(QaDataException.class)
                .hasMessageContaining("val.csv:3")
                .hasMessageContaining("'answer'")
                .hasMessageContaining("'x'");
    }

    @Test
    void intentQaRowAfterAMultiLineCellReportsItsOwnLine() throws IOException {
        Path csv = tmp.resolve("val.csv");
        Files.writeString(csv, """
                video_id,question,answer,qid,type,a0,a1,a2,a3,a4
                v1,"two
                lines",0,q1,CH,a,b,c,d,e
                v2,question,7,q2,CH,a,b,c,d,e
                """);

        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.INTENTQA, csv, QaLoadOptions.defaults()))
                .hasMessageContaining("val.csv:4").hasMessageContaining("index 7 outside [0, 5)");
    }

    @Test
    void intentQaMissingColumnAndEmptyOptionAreClear() throws IOException {
        Path noQid = tmp.resolve("a.csv");
        Files.writeString(noQid, "video_id,question,answer,a0,a1\nv,q,0,x,y\n");
        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.INTENTQA, noQid, QaLoadOptions.defaults()))
                .hasMessageContaining("a.csv:1").hasMessageContaining("missing column 'qid'");

        Path emptyOption = tmp.resolve("b.csv");
        Files.writeString(emptyOption, "video_id,qid,question,answer,a0,a1,a2\nv,1,q,0,x,,z\n");
        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.INTENTQA, emptyOption, QaLoadOptions.defaults()))
                .hasMessageContaining("b.csv:2").hasMessageContaining("'options'").hasMessageContaining("option 1");
    }

    @Test
    void duplicateQidAndVideoIsRejected() throws IOException {
        Path csv = tmp.resolve("dup.csv");
        Files.writeString(csv, "video_id,qid,question,answer,a0,a1\nv,1,q,0,x,y\nw,1,q,0,x,y\nv,1,q2,1,x,y\n");

        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.INTENTQA, csv, QaLoadOptions.defaults()))
                .hasMessageContaining("dup.csv:4").hasMessageContaining("duplicate (qid, video_id) = (1, v)");
    }

    @Test
    void egoSchemaSubsetKeepsOnlyLabelledQuestionsFromTheSiblingAnswersFile() throws Exception {
        QaDataset ds = QaDatasets.load(QaDatasetFormat.EGOSCHEMA, fixture("egoschema_questions.json"),
                QaLoadOptions.defaults());

        assertThat(ds.split()).isEqualTo("subset");
        assertThat(ds.items()).extracting(QaItem::qid).containsExactly("001934bb-81bd-4cd8-a574-0472ef3f6678",
                "00f93e1e-cf4e-4835-88b4-4ad68216e86f");
        QaItem first = ds.items().get(0);
        assertThat(first.videoId()).isEqualTo(first.qid());
        assertThat(first.options()).containsExactly("cleaning", "cooking", "painting", "reading", "gardening");
        assertThat(first.answerIdx()).isEqualTo(1);
        assertThat(ds.items().get(1).answerIdx()).isEqualTo(4);
    }

    @Test
    void egoSchemaFullSplitKeepsUnlabelledQuestions() throws Exception {
        QaDataset ds = QaDatasets.load(QaDatasetFormat.EGOSCHEMA, fixture("egoschema_questions.json"),
                QaLoadOptions.defaults().withSplit("full"));

        assertThat(ds.items()).extracting(QaItem::answerIdx).containsExactly(1, -1, 4);
    }

    @Test
    void egoSchemaWrapperObjectAndExplicitAnswersFile() throws Exception {
        Path questions = tmp.resolve("q.json");
        Files.writeString(questions, "{\"questions\": " + Files.readString(fixture("egoschema_questions.json")) + "}");
        Path answers = tmp.resolve("labels.json");
        Files.writeString(answers, "{\"00b9a0de-c59e-49cb-a127-6081e2fb8c8e\": 3}");

        QaDataset ds = QaDatasets.load(QaDatasetFormat.EGOSCHEMA, questions,
                QaLoadOptions.defaults().withAnswersFile(answers));

        assertThat(ds.items()).singleElement().satisfies(item -> {
            assertThat(item.qid()).isEqualTo("00b9a0de-c59e-49cb-a127-6081e2fb8c8e");
            assertThat(item.answerIdx()).isEqualTo(3);
        });
    }

    @Test
    void egoSchemaHuggingFaceJsonlWithInlineAnswers() throws Exception {
        QaDataset ds = QaDatasets.load(QaDatasetFormat.EGOSCHEMA, fixture("egoschema_hf.jsonl"),
                QaLoadOptions.defaults());

        assertThat(ds.items()).extracting(QaItem::videoId).containsExactly("vid-1", "vid-2");
        assertThat(ds.items()).extracting(QaItem::answerIdx).containsExactly(2, 4);
    }

    @Test
    void egoSchemaSubsetWithoutAnyLabelIsAnError() throws IOException {
        Path questions = tmp.resolve("questions.json");
        Files.writeString(questions, "[{\"q_uid\": \"u\", \"question\": \"q\", \"option 0\": \"a\", \"option 1\": \"b\"}]");

        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.EGOSCHEMA, questions, QaLoadOptions.defaults()))
                .isInstanceOf(QaDataException.class).hasMessageContaining("needs labels");
    }

    @Test
    void avqaReadsThePublicReleaseFields() throws Exception {
        QaDataset ds = QaDatasets.load(QaDatasetFormat.AVQA, fixture("val_qa.json"), QaLoadOptions.defaults());

        assertThat(ds.name()).isEqualTo("avqa");
        assertThat(ds.split()).isEqualTo("val");
        assertThat(ds.items()).hasSize(2);
        QaItem first = ds.items().get(0);
        assertThat(first.qid()).isEqualTo("183");
        assertThat(first.videoId()).isEqualTo("-HG3Omg_89c_000030");
        assertThat(first.options()).containsExactly("dog", "car", "piano", "bird");
        assertThat(first.answerIdx()).isEqualTo(2);
        assertThat(first.meta()).isEqualTo(Map.of("question_type", "Which", "question_relation", "View"));
        assertThat(ds.items().get(1).question()).isEqualTo("Where is the sound coming from?");
    }

    @Test
    void avqaMissingMultiChoiceNamesTheLine() throws IOException {
        Path json = tmp.resolve("val_qa.json");
        Files.writeString(json, "[\n{\"id\": 1, \"video_name\": \"v\", \"question_text\": \"q\", "
                + "\"multi_choice\": [\"a\", \"b\"], \"answer\": 1},\n"
                + "{\"id\": 2, \"video_name\": \"v\", \"question_text\": \"q\", \"answer\": 1}\n]");

        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.AVQA, json, QaLoadOptions.defaults()))
                .hasMessageContaining("val_qa.json:3").hasMessageContaining("'multi_choice'");
    }

    @Test
    void genericJsonlKeepsMetaAndAllowsUnlabelledItems() throws Exception {
        QaDataset ds = QaDatasets.load(QaDatasetFormat.JSONL, fixture("generic.jsonl"), QaLoadOptions.defaults());

        assertThat(ds.name()).isEqualTo("generic");
        assertThat(ds.items()).hasSize(3);
        assertThat(ds.items().get(0).meta()).isEqualTo(Map.of("question_type", "colour", "event_seconds", "[3,4]"));
        assertThat(ds.items().get(0).answerIdx()).isEqualTo(2);
        assertThat(ds.items()).extracting(QaItem::answerIdx).containsExactly(2, -1, -1);
        assertThat(ds.items().get(1).seedKey()).isEqualTo("a2|v2");
    }

    @Test
    void genericJsonlErrorsNameLineAndField() throws IOException {
        Path jsonl = tmp.resolve("bad.jsonl");
        Files.writeString(jsonl, String.join("\n", List.of(
                "{\"qid\": \"a\", \"video_id\": \"v\", \"question\": \"q\", \"options\": [\"x\", \"y\"], \"answer_idx\": 0}",
                "{\"qid\": \"b\", \"video_id\": \"v\", \"question\": \"  \", \"options\": [\"x\", \"y\"], \"answer_idx\": 0}")));
        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.JSONL, jsonl, QaLoadOptions.defaults()))
                .hasMessageContaining("bad.jsonl:2").hasMessageContaining("'question'");

        Path broken = tmp.resolve("broken.jsonl");
        Files.writeString(broken, "{\"qid\": \"a\"}\n{\"qid\": \n");
        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.JSONL, broken, QaLoadOptions.defaults()))
                .isInstanceOf(QaDataException.class).hasMessageContaining("broken.jsonl:").hasMessageContaining(
                        "malformed JSON");

        Path tooMany = tmp.resolve("many.jsonl");
        Files.writeString(tooMany, "{\"qid\": \"a\", \"video_id\": \"v\", \"question\": \"q\", \"options\": "
                + "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\",\"12\",\"13\",\"14\",\"15\","
                + "\"16\",\"17\",\"18\",\"19\",\"20\",\"21\",\"22\",\"23\",\"24\",\"25\",\"26\",\"27\"]}\n");
        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.JSONL, tooMany, QaLoadOptions.defaults()))
                .hasMessageContaining("many.jsonl:1").hasMessageContaining("need 2..26 options, got 27");
    }

    @Test
    void missingFileAndUnknownFormat() {
        assertThatThrownBy(() -> QaDatasets.load(QaDatasetFormat.JSONL, tmp.resolve("none.jsonl"),
                QaLoadOptions.defaults())).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(QaDatasetFormat.parse("IntentQA")).isEqualTo(QaDatasetFormat.INTENTQA);
        assertThatThrownBy(() -> QaDatasetFormat.parse("nextqa")).hasMessageContaining("intentqa");
    }
}
