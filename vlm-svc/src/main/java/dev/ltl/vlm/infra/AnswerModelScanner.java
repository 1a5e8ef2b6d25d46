package dev.ltl.vlm.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the VLMs of a layered model repository: {@code <root>/<name>/<version>/model.yaml} files whose
 * {@code task} is an answer task. Only the keys it needs ({@code task}, {@code runtime}) are read, leniently:
 * a VLM's model.yaml carries runtime-specific blocks (e.g. {@code vlm:}) that common's strict ModelSpec does
 * not know, and the runtime's own loader validates those.
 */
final class AnswerModelScanner {
    /**
     * [AMBIG] The task value of a VLM: the service spec says {@code answer}; the ONNX runner's exporter writes
     * {@code vlm-answer}. Both are accepted.
     */
    static final Set<String> ANSWER_TASKS = Set.of("answer", "vlm-answer");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * A VLM directory found in the repository ({@code device} as its model.yaml says, default cpu);
     * {@code problem} is non-empty when its model.yaml is unusable.
     */
    record Found(String name, String version, Path directory, String runtime, String device, String problem) {
    }

    private AnswerModelScanner() {
    }

    /** Every answer model under the roots, first root winning per name@version, sorted by id. */
    static List<Found> discover(List<Path> roots) {
        Map<String, Found> found = new java.util.TreeMap<>();
        for (Path root : roots) {
            for (Path yaml : versionYamls(root)) {
                Path versionDir = yaml.getParent();
                String name = versionDir.getParent().getFileName().toString();
                String version = versionDir.getFileName().toString();
                Found candidate = read(name, version, yaml);
                if (candidate != null) {
                    found.putIfAbsent(name + "@" + version, candidate);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The listed {@code name@version} models (version "1" when omitted), each looked up in the roots in order. */
    static List<Found> listed(List<Path> roots, List<String> ids) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (String id : ids) {
            String[] parts = id.trim().split("@", 2);
            String name = parts[0];
            String version = parts.length > 1 ? parts[1] : "1";
            Optional<Path> yaml = roots.stream().map(r -> r.resolve(name).resolve(version).resolve("model.yaml"))
                    .filter(Files::isRegularFile).findFirst();
            Found entry = yaml.map(y -> read(name, version, y)).orElse(null);
            if (entry == null) {
                entry = new Found(name, version, null, "", "", yaml.isEmpty()
                        ? "no " + name + "/" + version + "/model.yaml under " + roots
                        : yaml.get() + " does not declare an answer task " + ANSWER_TASKS);
            }
            found.putIfAbsent(name + "@" + version, entry);
        }
        return List.copyOf(found.values());
    }

    /** The model if its yaml declares an answer task; null when it is some other kind of model. */
    private static Found read(String name, String version, Path yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml.toFile());
        } catch (IOException e) {
            return new Found(name, version, yaml.getParent(), "", "", "unreadable " + yaml + ": " + e.getMessage());
        }
        if (root == null || !ANSWER_TASKS.contains(root.path("task").asText(""))) {
            return null;
        }
        return new Found(name, version, yaml.getParent(), root.path("runtime").asText(""),
                root.path("device").asText("cpu"), "");
    }

    private static List<Path> versionYamls(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> yamls = new ArrayList<>();
        try (Stream<Path> models = Files.list(root)) {
            for (Path model : (Iterable<Path>) models::iterator) {
                if (!Files.isDirectory(model)) {
                    continue;
                }
                try (Stream<Path> versions = Files.list(model)) {
                    versions.map(v -> v.resolve("model.yaml")).filter(Files::isRegularFile).forEach(yamls::add);
                }
            }
        } catch (IOException e) {
            // An unreadable root holds no models we can serve; the embed side reports its own errors.
            return yamls;
        }
        return yamls;
    }
}
