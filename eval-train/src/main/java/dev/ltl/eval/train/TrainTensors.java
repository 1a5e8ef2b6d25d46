package dev.ltl.eval.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/** Copies the Java feature and label arrays into whole-split tensors, once per training. */
final class TrainTensors {

    private TrainTensors() {}

    /** {@code [clips][T][D]} floats as one {@code [clips, T, D]} float32 tensor. */
    static NDArray features(NDManager manager, float[][][] features) {
        int clips = features.length;
        int segments = features[0].length;
        int dim = features[0][0].length;
        // A direct, native-order ByteBuffer is what the engine takes without another copy.
        ByteBuffer bytes = ByteBuffer.allocateDirect(Math.multiplyExact(Math.multiplyExact(clips, segments * dim), 4))
                .order(ByteOrder.nativeOrder());
        FloatBuffer floats = bytes.asFloatBuffer();
        for (float[][] clip : features) {
            for (float[] second : clip) {
                floats.put(second);
            }
        }
        return manager.create(bytes, new Shape(clips, segments, dim), DataType.FLOAT32);
    }

    /** {@code [clips][T]} labels as a one-hot {@code [clips, T, C]} float32 tensor (the loss target). */
    static NDArray oneHot(NDManager manager, int[][] labels, int numClasses) {
        int clips = labels.length;
        int segments = labels[0].length;
        float[] values = new float[Math.multiplyExact(clips * segments, numClasses)];
        int offset = 0;
        for (int[] clip : labels) {
            for (int label : clip) {
                values[offset + label] = 1f;
                offset += numClasses;
            }
        }
        return manager.create(values, new Shape(clips, segments, numClasses));
    }
}
