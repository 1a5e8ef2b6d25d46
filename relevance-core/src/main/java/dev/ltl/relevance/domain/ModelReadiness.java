package dev.ltl.relevance.domain;

/**
 * Whether one model a provider needs is usable.
 *
 * @param name    model name (e.g. {@code clip-vit-b32} or {@code all-minilm-l6-v2-q})
 * @param version model version
 * @param ready   loaded and usable
 * @param message why not, when not ready
 */
public record ModelReadiness(String name, String version, boolean ready, String message) {
    public static ModelReadiness ready(String name, String version) {
        return new ModelReadiness(name, version, true, "");
    }

    public static ModelReadiness notReady(String name, String version, String message) {
        return new ModelReadiness(name, version, false, message);
    }

    public String id() {
        return name + "@" + version;
    }
}
