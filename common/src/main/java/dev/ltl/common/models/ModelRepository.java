package dev.ltl.common.models;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A Triton-style model repository on disk: {@code <root>/<name>/<version>/model.onnx} plus a
 * {@code model.yaml} describing it.
 *
 * <p>Several roots may be layered (first root wins per file). This is how ltl ships the small
 * {@code model.yaml} descriptors in its own {@code models/} directory while the weights live
 * elsewhere (a shared volume, {@code ../shared/models}, a downloaded export): each file —
 * model.yaml, the model file, labels — is looked up in the roots in order. A file is looked up in
 * the version directory first and then in the model directory (where e.g. AudioSet models keep
 * {@code labels.csv}).
 */
public final class ModelRepository {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<Path> roots;

    public ModelRepository(List<Path> roots) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public List<Path> roots() {
        return roots;
    }

    /**
     * Resolves {@code name@version}. A model with a model.yaml but no model file is returned with
     * {@link ModelEntry#modelFile()} empty and the reason, so services can report it NOT_READY.
     *
     * @throws ModelNotFoundException when no root knows the model at all
     */
    public ModelEntry resolve(String name, String version) throws ModelNotFoundException {
        requireSafeSegment("name", name);
        requireSafeSegment("version", version);
        Optional<Path> yaml = findFile(name, version, "model.yaml");
        ModelSpec spec = yaml.map(ModelRepository::readSpec).orElse(ModelSpec.bare(name, version));
        Optional<Path> modelFile = findFile(name, version, spec.file());
        if (yaml.isEmpty() && modelFile.isEmpty()) {
            throw new ModelNotFoundException("model " + name + "@" + version + " not found: no "
                    + name + "/" + version + "/model.yaml or " + spec.file() + " under " + roots);
        }
        Optional<Path> labels = spec.labels() == null ? Optional.empty() : findFile(name, version, spec.labels());
        String missing = modelFile.isPresent() ? "" : "model file " + name + "/" + version + "/" + spec.file()
                + " not found under " + roots + (spec.source() == null ? "" : "; obtain it: " + spec.source());
        return new ModelEntry(name, version, spec, modelFile, labels, missing);
    }

    /** Every name@version that any root holds (by directory), resolved. */
    public List<ModelEntry> list() {
        TreeSet<String> ids = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> models = Files.list(root)) {
                for (Path model : (Iterable<Path>) models::iterator) {
                    if (!Files.isDirectory(model)) {
                        continue;
                    }
                    try (Stream<Path> versions = Files.list(model)) {
                        versions.filter(Files::isDirectory)
                                .forEach(v -> ids.add(model.getFileName() + "@" + v.getFileName()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list model repository " + root, e);
            }
        }
        List<ModelEntry> entries = new ArrayList<>();
        for (String id : ids) {
            String[] parts = id.split("@", 2);
            try {
                entries.add(resolve(parts[0], parts[1]));
            } catch (ModelNotFoundException e) {
                // A directory with neither model.yaml nor a model file is not a model; skip it.
            }
        }
        return entries;
    }

    private Optional<Path> findFile(String name, String version, String file) {
        for (Path root : roots) {
            Path inVersion = root.resolve(name).resolve(version).resolve(file);
            if (Files.isRegularFile(inVersion)) {
                return Optional.of(inVersion);
            }
        }
        for (Path root : roots) {
            Path inModel = root.resolve(name).resolve(file);
            if (Files.isRegularFile(inModel)) {
                return Optional.of(inModel);
            }
        }
        return Optional.empty();
    }

    private static ModelSpec readSpec(Path yaml) {
        try {
            return YAML.readValue(yaml.toFile(), ModelSpec.class);
        } catch (IOException e) {
            throw new IllegalStateException("invalid " + yaml + ": " + e.getMessage(), e);
        }
    }

    private static void requireSafeSegment(String what, String value) {
        if (value == null || value.isBlank() || value.contains("/") || value.contains("\\") || value.startsWith(".")) {
            throw new IllegalArgumentException("model " + what + " '" + value + "' is not a plain directory name");
        }
    }
}
