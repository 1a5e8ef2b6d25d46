package dev.ltl.eventness.infra;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.file.Path;
import java.util.List;

/** Opening ONNX Runtime CPU sessions and checking their input/output contract up front. */
final class OrtSessions {

    private OrtSessions() {
    }

    /** A CPU session with the given intra-op thread count (inter-op 1: the graphs are sequential). */
    static OrtSession open(OrtEnvironment environment, Path model, int intraOpThreads) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            return environment.createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot load ONNX model " + model + ": " + e.getMessage(), e);
        }
    }

    /** Fails at load time, not at the first request, when a model lacks an expected input/output. */
    static void requireNames(OrtSession session, Path model, List<String> inputs, List<String> outputs) {
        if (!session.getInputNames().containsAll(inputs) || !session.getOutputNames().containsAll(outputs)) {
            String found = "inputs " + session.getInputNames() + ", outputs " + session.getOutputNames();
            try {
                session.close();
            } catch (OrtException ignored) {
                // already failing; the contract error below is the useful one
            }
            throw new IllegalArgumentException("model " + model + " must have inputs " + inputs
                    + " and outputs " + outputs + " but has " + found);
        }
    }
}
