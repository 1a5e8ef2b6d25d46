package dev.ltl.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the EfficientAT mn04 AudioSet model and its labels lie inside a models repository
 * ({@code <dir>/efficientat-mn04-as/1/model.onnx}, {@code labels.csv} one level up).
 *
 * @param model  the model.onnx
 * @param labels the labels.csv
 */
public record AudioSetModelFiles(Path model, Path labels) {

    /** System property naming the models repository. */
    public static final String MODELS_DIR_PROPERTY = "ltl.models.dir";
    /** Default models repository, relative to the working directory (the repository root). */
    public static final String DEFAULT_MODELS_DIR = "../shared/models";

    /** The files under the directory named by {@value #MODELS_DIR_PROPERTY}, or the default. */
    public static AudioSetModelFiles fromSystemProperty() {
        return in(Path.of(System.getProperty(MODELS_DIR_PROPERTY, DEFAULT_MODELS_DIR)));
    }

    /**
     * The files under a models repository.
     *
     * @throws IllegalStateException naming both paths when either file is missing
     */
    public static AudioSetModelFiles in(Path modelsDir) {
        Path modelDir = modelsDir.resolve("efficientat-mn04-as");
        Path model = modelDir.resolve("1").resolve("model.onnx");
        Path labels = modelDir.resolve("labels.csv");
        if (!Files.isRegularFile(model) || !Files.isRegularFile(labels)) {
            throw new IllegalStateException("AudioSet model not found: need " + model.toAbsolutePath() + " and "
                    + labels.toAbsolutePath() + "; run from the repository root with ../shared/models beside it, "
                    + "or pass -D" + MODELS_DIR_PROPERTY + "=DIR");
        }
        return new AudioSetModelFiles(model, labels);
    }
}
