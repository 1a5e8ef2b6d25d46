package dev.ltl.orchestrator.api;

import dev.ltl.eval.engine.ave.Progress;

/**
 * Carries out one run on the calling thread. The scheduler calls it on a background thread,
 * feeds {@code progress} into the run's status and events, and cancels a run by interrupting
 * that thread. {@link AveRunExecutor} is the real one; tests script their own.
 */
@FunctionalInterface
public interface RunExecutor {
    /**
     * Runs {@code spec} to the end.
     *
     * @return a one-line summary, the message of the final SUCCEEDED event
     * @throws Exception any failure; the run ends FAILED with its message (CANCELLED if a cancel was requested)
     */
    String execute(RunSpec spec, Progress progress) throws Exception;
}
