package dev.ltl.eval.train.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigValidationTest {

    @Test
    void evenTemporalKernelIsAnError() {
        assertThatThrownBy(() -> new HeadConfig(HeadKind.TEMPORAL_CONV, 128, 0f, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd");
    }

    @Test
    void mlpIgnoresTheKernelSoEvenValuesAreAccepted() {
        HeadConfig mlp = new HeadConfig(HeadKind.MLP, 128, 0f, 4);
        assertThat(mlp.canonical()).isEqualTo(new HeadConfig(HeadKind.MLP, 128, 0f, 5).canonical());
    }

    @Test
    void referenceDefaults() {
        assertThat(OptimizerConfig.referenceDefaults()).isEqualTo(new OptimizerConfig(5, 16, 2e-3f, 0f));
        assertThat(HeadConfig.sweepDefault()).isEqualTo(new HeadConfig(HeadKind.TEMPORAL_CONV, 128, 0f, 3));
        assertThat(HeadConfig.libraryDefault().kind()).isEqualTo(HeadKind.MLP);
    }

    @Test
    void headNamesParseAsInConfigs() {
        assertThat(HeadKind.fromConfigName("temporal_conv")).isEqualTo(HeadKind.TEMPORAL_CONV);
        assertThat(HeadKind.fromConfigName("mlp")).isEqualTo(HeadKind.MLP);
        assertThatThrownBy(() -> HeadKind.fromConfigName("lstm")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropoutOutsideUnitIntervalIsRejected() {
        assertThatThrownBy(() -> new HeadConfig(HeadKind.MLP, 8, 1f, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeadConfig(HeadKind.MLP, 8, -0.1f, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void raggedFeaturesAndLabelsOutOfRangeAreRejected() {
        float[][][] ok = new float[2][3][4];
        int[][] labels = new int[2][3];
        float[][][] ragged = {new float[3][4], new float[3][5]};
        assertThatThrownBy(() -> new TrainData(ragged, labels, ok, labels))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrainData(ok, new int[2][2], ok, labels))
                .isInstanceOf(IllegalArgumentException.class);
        int[][] tooHigh = {{0, 0, 7}, {0, 0, 0}};
        TrainData data = new TrainData(ok, tooHigh, ok, labels);
        assertThatThrownBy(() -> new TrainJob(HeadConfig.libraryDefault(), OptimizerConfig.referenceDefaults(), 0, 7, data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void jobKeyIgnoresTheMlpKernelAndDigestsStably() {
        TrainJobKey a = new TrainJobKey("plans-x", 1, new HeadConfig(HeadKind.MLP, 8, 0f, 3),
                OptimizerConfig.referenceDefaults(), 29);
        TrainJobKey b = new TrainJobKey("plans-x", 1, new HeadConfig(HeadKind.MLP, 8, 0f, 5),
                OptimizerConfig.referenceDefaults(), 29);
        TrainJobKey otherSeed = new TrainJobKey("plans-x", 2, new HeadConfig(HeadKind.MLP, 8, 0f, 3),
                OptimizerConfig.referenceDefaults(), 29);
        assertThat(a).isEqualTo(b);
        assertThat(a.digest()).isEqualTo(b.digest()).hasSize(64);
        assertThat(otherSeed.digest()).isNotEqualTo(a.digest());
    }
}
