package dev.ltl.eval.train;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Switches libtorch's autograd on or off for the current thread and restores the previous state.
 *
 * <p>Why not DJL's {@code GradientCollector}: the PyTorch engine's collector admits only one open
 * collector per JVM (a static flag), which would serialise every training in a {@link TrainingPool}.
 * libtorch's grad mode is thread-local and its autograd engine runs independent graphs concurrently, so
 * a per-thread scope over the engine's own JNI calls is safe. This ties the module to the PyTorch
 * engine, which the project pins anyway.
 */
final class AutogradScope implements AutoCloseable {

    private final boolean previous;

    private AutogradScope(boolean enabled) {
        previous = JniUtils.isGradMode();
        JniUtils.setGradMode(enabled);
    }

    /** Records operations on parameters so that {@link #backward} can compute their gradients. */
    static AutogradScope recording() {
        return new AutogradScope(true);
    }

    /** No graph is recorded (evaluation, optimiser updates). */
    static AutogradScope notRecording() {
        return new AutogradScope(false);
    }

    /** Accumulates d(loss)/d(parameter) into every parameter's gradient; {@code loss} must be a scalar. */
    void backward(NDArray loss) {
        PtNDArray scalar = (PtNDArray) loss;
        try (NDArray seed = scalar.onesLike()) {
            JniUtils.backward(scalar, (PtNDArray) seed, false, false);
        }
    }

    @Override
    public void close() {
        JniUtils.setGradMode(previous);
    }
}
