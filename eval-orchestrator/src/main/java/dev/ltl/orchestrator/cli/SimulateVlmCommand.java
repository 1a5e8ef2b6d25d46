package dev.ltl.orchestrator.cli;

import dev.ltl.vlm.onnx.qwen.TinyQwenVlExporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl simulate vlm --out MODEL_ROOT}: writes the tiny generated Qwen-VL-style ONNX model
 * (vision encoder, token embedder, decoder with KV cache, tokenizer, model.yaml) to
 * {@code MODEL_ROOT/<name>/<version>/}, where vlm-svc finds it when MODEL_ROOT is one of its
 * {@code ltl.models.roots}. Its weights are random: it answers at chance, and exists to exercise
 * the whole answering path.
 */
@Command(name = "vlm", mixinStandardHelpOptions = true,
        description = "Write the tiny generated ONNX VLM into a model repository root (it answers at chance).")
public final class SimulateVlmCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Model repository root.")
    Path out;

    @Option(names = "--name", defaultValue = "tiny-qwen-vl", description = "Model name (default ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--version", defaultValue = "1", description = "Model version (default ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--seed", defaultValue = "0", description = "Weight seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Path dir = TinyQwenVlExporter.export(out.resolve(name).resolve(version), seed, name, version);
        System.out.println("wrote " + name + "@" + version + " to " + dir);
        return 0;
    }
}
