package dev.ltl.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import dev.ltl.eval.train.domain.OptimizerConfig;
import org.junit.jupiter.api.Test;

/**
 * Checks that the optimiser the trainer builds follows torch.optim.AdamW (decoupled weight decay:
 * θ ← θ − lr·wd·θ before the bias-corrected Adam step), not Adam with L2 added to the gradient.
 */
class AdamWStepTest {

    private static final float[] START = {0.5f, -1.0f, 2.0f};
    private static final float[] LINEAR = {1.0f, 0.3f, -1.5f};

    @Test
    void threeStepsMatchPytorchAdamW() {
        TestTrainers.headTrainer();
        OptimizerConfig config = new OptimizerConfig(1, 1, 0.1f, 0.1f);
        Optimizer optimizer = HeadTrainer.adamW(config);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray weights = manager.create(START.clone());
            weights.setRequiresGradient(true);
            NDArray linear = manager.create(LINEAR);
            for (int step = 0; step < 3; step++) {
                try (NDManager scratch = manager.newSubManager()) {
                    try (AutogradScope recording = AutogradScope.recording()) {
                        // loss = Σ c·w + ½ Σ w²  ->  gradient c + w
                        NDArray loss = weights.mul(linear).sum().add(weights.mul(weights).sum().mul(0.5f));
                        loss.attach(scratch);
                        recording.backward(loss);
                    }
                    NDArray gradient = weights.getGradient();
                    gradient.attach(scratch);
                    optimizer.update("w", weights, gradient);
                }
            }
            // Expected: the torch.optim.AdamW update rule (lr 0.1, wd 0.1, betas 0.9/0.999, eps 1e-8),
            // three steps computed with numpy in float64. Adam with coupled L2 would give
            // [0.20098145, -0.70257995, 1.70320803] instead.
            float[] actual = weights.toFloatArray();
            assertThat(actual[0]).isCloseTo(0.1890958031f, within(1e-5f));
            assertThat(actual[1]).isCloseTo(-0.6764708125f, within(1e-5f));
            assertThat(actual[2]).isCloseTo(1.6503716479f, within(1e-5f));
        }
    }
}
