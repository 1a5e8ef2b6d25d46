package dev.ltl.eval.engine.ave;

/** Receives progress of a run: units finished of units planned, and what just finished. */
@FunctionalInterface
public interface Progress {
    void update(long done, long total, String message);

    Progress NONE = (done, total, message) -> { };
}
