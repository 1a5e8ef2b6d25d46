package dev.ltl.vlm.api;

import dev.ltl.vlm.onnx.qwen.TinyQwenVlExporter;
import java.nio.file.Path;

/** {@code TinyVlmExportMain <dir> <seed>}: writes the tiny VLM; run by {@link TinyVlmResource} in a child JVM. */
public final class TinyVlmExportMain {
    private TinyVlmExportMain() {
    }

    public static void main(String[] args) {
        TinyQwenVlExporter.export(Path.of(args[0]), Long.parseLong(args[1]));
    }
}
