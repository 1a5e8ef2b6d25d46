package dev.ltl.relevance.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One ONNX Runtime session with the few calls the towers need: build float/int64 inputs, run, read a
 * float output. Sessions are thread-safe for concurrent {@code run} calls.
 */
final class OnnxModel implements AutoCloseable {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private final OrtSession session;
    private final String id;

    private OnnxModel(OrtSession session, String id) {
        this.session = session;
        this.id = id;
    }

    static OnnxModel load(Path file, int intraOpThreads) throws OrtException {
        try (OrtSession.SessionOptions options = options(intraOpThreads)) {
            return new OnnxModel(ENV.createSession(file.toString(), options), file.toString());
        }
    }

    static OnnxModel load(byte[] model, String id, int intraOpThreads) throws OrtException {
        try (OrtSession.SessionOptions options = options(intraOpThreads)) {
            return new OnnxModel(ENV.createSession(model, options), id);
        }
    }

    private static OrtSession.SessionOptions options(int intraOpThreads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
        return options;
    }

    Set<String> inputNames() {
        return session.getInputNames();
    }


    String id() {
        return id;
    }

    /** Inputs under construction; closed (with their native buffers) by {@link #run}. */
    final class Inputs {
        private final Map<String, OnnxTensor> tensors = new LinkedHashMap<>();

        Inputs floats(String name, float[] data, long... shape) throws OrtException {
            tensors.put(name, OnnxTensor.createTensor(ENV, FloatBuffer.wrap(data), shape));
            return this;
        }

        Inputs longs(String name, long[] data, long... shape) throws OrtException {
            tensors.put(name, OnnxTensor.createTensor(ENV, LongBuffer.wrap(data), shape));
            return this;
        }
    }

    Inputs inputs() {
        return new Inputs();
    }

    /**
     * Runs the graph and returns {@code output} flattened row-major with its shape.
     *
     * @throws IllegalStateException when the graph has no such output or it is not float
     */
    FloatOutput run(Inputs inputs, String output) throws OrtException {
        if (!session.getOutputNames().contains(output)) {
            throw new IllegalStateException("model " + id + " has no output '" + output + "'; it has "
                    + session.getOutputNames());
        }
        try (OrtSession.Result result = session.run(inputs.tensors, Set.of(output))) {
            OnnxValue value = result.get(output).orElseThrow();
            if (!(value instanceof OnnxTensor tensor)) {
                throw new IllegalStateException("output '" + output + "' of " + id + " is not a tensor");
            }
            long[] shape = tensor.getInfo().getShape();
            FloatBuffer buffer = tensor.getFloatBuffer();
            float[] data = new float[buffer.remaining()];
            buffer.get(data);
            return new FloatOutput(data, shape);
        } finally {
            inputs.tensors.values().forEach(OnnxTensor::close);
        }
    }

    /** A float tensor read back: row-major data and its shape. */
    record FloatOutput(float[] data, long[] shape) {
        /** Row i of a [N, D] output (or of [N, ..., D] flattened per leading index). */
        float[] row(int i) {
            int width = data.length / (int) shape[0];
            float[] row = new float[width];
            System.arraycopy(data, i * width, row, 0, width);
            return row;
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close ONNX session " + id, e);
        }
    }
}
