package dev.ltl.vlm.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.ltl.vlm.domain.Backbone;
import dev.ltl.vlm.domain.BackboneSpec;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An image backbone run by ONNX Runtime on the CPU. The image batch goes to the spec's input and only the
 * embedding output is computed (other outputs, e.g. classifier logits next to pooled features, are
 * skipped by ORT). Any output shape [N, ...] is flattened per row. Thread-safe: ORT sessions are.
 */
public final class OnnxBackbone implements Backbone {
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final BackboneSpec spec;

    /**
     * Opens the model and checks up front that it has the spec's input and embedding output.
     *
     * @throws IllegalArgumentException when the file cannot be loaded or lacks the named tensors
     */
    public OnnxBackbone(Path modelFile, BackboneSpec spec, int intraOpThreads) {
        if (modelFile == null || !Files.isRegularFile(modelFile)) {
            throw new IllegalArgumentException("model file is not a readable file: " + modelFile);
        }
        this.spec = spec;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
            options.setInterOpNumThreads(1);
            this.session = environment.createSession(modelFile.toString(), options);
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot load ONNX model " + modelFile + ": " + e.getMessage(), e);
        }
        if (!session.getInputNames().contains(spec.inputName())
                || !session.getOutputNames().contains(spec.embeddingOutput())) {
            String found = "inputs " + session.getInputNames() + ", outputs " + session.getOutputNames();
            close();
            throw new IllegalArgumentException("model " + modelFile + " must have input '" + spec.inputName()
                    + "' and output '" + spec.embeddingOutput() + "' but has " + found);
        }
    }

    @Override
    public List<float[]> embed(List<float[]> tensors, int side) throws OrtException {
        int n = tensors.size();
        int perImage = 3 * side * side;
        FloatBuffer batch = FloatBuffer.allocate(n * perImage);
        for (float[] tensor : tensors) {
            if (tensor.length != perImage) {
                throw new IllegalArgumentException("image tensor holds " + tensor.length + " floats, expected " + perImage);
            }
            batch.put(tensor);
        }
        batch.flip();
        long[] shape = spec.preprocessing().layout().batchShape(n, side, side);
        try (OnnxTensor input = OnnxTensor.createTensor(environment, batch, shape);
             OrtSession.Result result = session.run(Map.of(spec.inputName(), input), Set.of(spec.embeddingOutput()))) {
            Optional<OnnxValue> value = result.get(spec.embeddingOutput());
            if (value.isEmpty() || !(value.get() instanceof OnnxTensor output)) {
                throw new IllegalStateException("model gave no tensor output '" + spec.embeddingOutput() + "'");
            }
            return rows(output, n);
        }
    }

    private static List<float[]> rows(OnnxTensor output, int n) {
        long[] shape = output.getInfo().getShape();
        if (shape.length < 1 || shape[0] != n) {
            throw new IllegalStateException("embedding output has shape " + Arrays.toString(shape) + ", expected [" + n + ", ...]");
        }
        FloatBuffer values = output.getFloatBuffer();
        int perRow = values.remaining() / n;
        List<float[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[] row = new float[perRow];
            values.get(row);
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close ONNX session: " + e.getMessage(), e);
        }
    }
}
