package dev.ltl.bench;

import dev.ltl.common.media.RgbImage;
import dev.ltl.vlm.domain.answer.AnswerQuery;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.domain.answer.AnswerStrategy;
import dev.ltl.vlm.domain.answer.ImageSize;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.answer.QuestionImage;
import dev.ltl.vlm.onnx.qwen.QwenOnnxVlm;
import dev.ltl.vlm.onnx.qwen.TinyQwenVlExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ONNX Runtime Qwen-VL runner on the tiny generated VLM, in process: one op answers one 5-option question.
 * Puts one-pass letter scoring, the reference's per-option scoring (one pass per option) and greedy generation
 * side by side, with 0 images (text only) and 8 frames at 224 px (the QA path at B = 8).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@State(Scope.Thread)
public class AnswerBenchmark {
    private static final long MODEL_SEED = 11L;
    private static final long IMAGE_SEED = 224L;
    private static final List<String> OPTIONS = List.of("a dog", "a siren", "a guitar", "a car engine", "rain");

    @Param({"LETTER_LIKELIHOOD", "PER_OPTION_LIKELIHOOD", "GENERATE"})
    public AnswerStrategy strategy;

    @Param({"0", "8"})
    public int images;

    private Path modelDir;
    private QwenOnnxVlm vlm;
    private AnswerQuery query;

    @Setup(Level.Trial)
    public void loadTinyVlm() throws IOException {
        modelDir = Files.createTempDirectory("ltl-bench-vlm");
        TinyQwenVlExporter.export(modelDir, MODEL_SEED);
        vlm = QwenOnnxVlm.load(modelDir, 1);
        List<QuestionImage> frames = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(IMAGE_SEED);
        for (int i = 0; i < images; i++) {
            byte[] rgb = new byte[320 * 240 * 3];
            for (int p = 0; p < rgb.length; p++) {
                rgb[p] = (byte) random.nextInt(256);
            }
            frames.add(new QuestionImage(new RgbImage(320, 240, rgb), ImageSize.square(224)));
        }
        query = new AnswerQuery("Which sound plays while the striped card is shown?", OPTIONS, frames, strategy,
                8, PromptFormat.CHAT_TEMPLATE, null);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        vlm.close();
        try (Stream<Path> files = Files.walk(modelDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public AnswerResult answer() {
        return vlm.answer(query);
    }
}
