package dev.ltl.relevance.onnx;

/**
 * Keeps DJL off the network. DJL reads {@code ai.djl.offline} when its classes load, so this must run
 * before the first tokenizer is built; the tokenizers' native library comes from inside the DJL jar.
 * Free of DJL imports on purpose.
 */
public final class DjlOffline {
    private DjlOffline() {
    }

    public static void ensure() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }
}
