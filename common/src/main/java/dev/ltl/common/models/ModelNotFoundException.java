package dev.ltl.common.models;

/** No repository root holds the requested model (or its file). The message lists where we looked. */
public class ModelNotFoundException extends Exception {
    public ModelNotFoundException(String message) {
        super(message);
    }
}
