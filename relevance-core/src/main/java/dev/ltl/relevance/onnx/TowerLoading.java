package dev.ltl.relevance.onnx;

import ai.onnxruntime.OrtException;
import java.io.IOException;

/** Loads the text tower every two-tower model has. */
final class TowerLoading {
    private TowerLoading() {
    }

    static OnnxTextTower textTower(TowerSpec spec, int threads) throws OrtException, IOException {
        OnnxModel model = OnnxModel.load(spec.textModel(), threads);
        try {
            return new OnnxTextTower(model, TextTokenizer.fromFile(spec.tokenizer(), spec.maxTextTokens()),
                    spec.textOutput());
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
