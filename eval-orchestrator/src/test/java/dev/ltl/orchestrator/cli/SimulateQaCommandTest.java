package dev.ltl.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateQaCommandTest {

    @Test
    void writesTheBenchmarkWithTheGivenSizes(@TempDir Path out) throws Exception {
        int rc = new CommandLine(new SimulateCommand()).execute("qa", "--out", out.toString(), "--videos", "1",
                "--seconds", "12", "--events", "1", "--questions", "3", "--options", "5", "--classes", "5",
                "--frame-size", "128", "--seed", "3", "--threads", "1");

        assertThat(rc).isZero();
        assertThat(out.resolve("videos/simqa000.mp4")).isRegularFile();
        assertThat(out.resolve("words/simqa000.words.json")).isRegularFile();
        assertThat(Files.readAllLines(out.resolve("questions.jsonl"))).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("\"video_id\":\"simqa000\""));
    }

    @Test
    void badSizesFailWithTheSpecMessage(@TempDir Path out) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SimulateCommand());
        cli.setErr(new PrintWriter(err));

        int rc = cli.execute("qa", "--out", out.toString(), "--seconds", "12");

        assertThat(rc).isNotZero();
        assertThat(err.toString()).contains("must hold the longest event");
        assertThat(out.resolve("questions.jsonl")).doesNotExist();
    }
}
