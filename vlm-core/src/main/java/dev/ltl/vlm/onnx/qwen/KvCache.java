package dev.ltl.vlm.onnx.qwen;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The decoder's key/value cache between passes: per layer the {@code present.*} tensors of the last pass,
 * fed back unchanged (no copy into Java) as the next pass's {@code past_key_values.*}. Owns the native
 * memory: close it once the next pass has run.
 */
final class KvCache implements AutoCloseable {
    private static final int FLOAT_BYTES = 4;

    private final List<OnnxTensor> keys;
    private final List<OnnxTensor> values;
    private final AutoCloseable owner;

    private KvCache(List<OnnxTensor> keys, List<OnnxTensor> values, AutoCloseable owner) {
        this.keys = keys;
        this.values = values;
        this.owner = owner;
    }

    /** The cache before the first pass: [1, kvHeads, 0, headDim] per layer. */
    static KvCache empty(OrtEnvironment environment, QwenDecoderShape shape) throws OrtException {
        List<OnnxTensor> keys = new ArrayList<>();
        List<OnnxTensor> values = new ArrayList<>();
        long[] dims = {1, shape.kvHeads(), 0, shape.headDim()};
        List<OnnxTensor> all = new ArrayList<>();
        try {
            for (int i = 0; i < shape.layers(); i++) {
                keys.add(OnnxTensor.createTensor(environment, FloatBuffer.allocate(0), dims));
                values.add(OnnxTensor.createTensor(environment, FloatBuffer.allocate(0), dims));
                all.add(keys.get(i));
                all.add(values.get(i));
            }
        } catch (OrtException e) {
            keys.forEach(OnnxTensor::close);
            values.forEach(OnnxTensor::close);
            throw e;
        }
        return new KvCache(keys, values, () -> all.forEach(OnnxTensor::close));
    }

    /** Takes the present tensors out of a decoder result; the cache then owns (and closes) the result. */
    static KvCache fromResult(OrtSession.Result result, QwenTensorNames names, int layers) {
        List<OnnxTensor> keys = new ArrayList<>();
        List<OnnxTensor> values = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            keys.add(tensor(result, names.presentKey(i)));
            values.add(tensor(result, names.presentValue(i)));
        }
        return new KvCache(keys, values, result);
    }

    /** Puts this cache into a decoder input map under the past names. */
    void addTo(Map<String, OnnxTensor> inputs, QwenTensorNames names) {
        for (int i = 0; i < keys.size(); i++) {
            inputs.put(names.pastKey(i), keys.get(i));
            inputs.put(names.pastValue(i), values.get(i));
        }
    }

    /** Cached positions (the third axis of [B, kvHeads, length, headDim]). */
    long length() {
        return keys.get(0).getInfo().getShape()[2];
    }

    /** Native bytes held by all key and value tensors (float32). */
    long bytes() {
        long total = 0;
        for (int i = 0; i < keys.size(); i++) {
            total += keys.get(i).getInfo().getNumElements() + values.get(i).getInfo().getNumElements();
        }
        return total * FLOAT_BYTES;
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot release the KV cache: " + e.getMessage(), e);
        }
    }

    private static OnnxTensor tensor(OrtSession.Result result, String name) {
        OnnxValue value = result.get(name).orElseThrow(
                () -> new IllegalStateException("decoder gave no output '" + name + "'"));
        if (!(value instanceof OnnxTensor tensor)) {
            throw new IllegalStateException("decoder output '" + name + "' is not a tensor");
        }
        return tensor;
    }
}
