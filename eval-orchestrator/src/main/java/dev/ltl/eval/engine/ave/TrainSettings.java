package dev.ltl.eval.engine.ave;

import dev.ltl.eval.train.domain.HeadConfig;
import dev.ltl.eval.train.domain.HeadKind;
import dev.ltl.eval.train.domain.OptimizerConfig;
import java.util.Map;

/** Optimiser settings of a run plus the head a config asks for (reference §4.3–4.4). */
public record TrainSettings(OptimizerConfig optimizer) {

    /** The scripts' settings: 5 epochs, batch 16, lr 2e-3, weight decay 0. */
    public static TrainSettings reference() {
        return new TrainSettings(OptimizerConfig.referenceDefaults());
    }

    /** The head of a config map with the reference keys (head, head_hidden_dim, head_dropout, temporal_kernel_size). */
    public static HeadConfig head(Map<String, Object> config) {
        String head = config.get("head") instanceof String s ? s : "mlp";
        int hidden = config.get("head_hidden_dim") instanceof Number n ? n.intValue() : 128;
        float dropout = config.get("head_dropout") instanceof Number n ? n.floatValue() : 0f;
        int kernel = config.get("temporal_kernel_size") instanceof Number n ? n.intValue() : 3;
        return new HeadConfig(HeadKind.fromConfigName(head), hidden, dropout, kernel);
    }
}
