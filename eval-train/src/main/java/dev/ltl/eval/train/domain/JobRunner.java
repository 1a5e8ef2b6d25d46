package dev.ltl.eval.train.domain;

/** Runs one training to completion and evaluates it. */
@FunctionalInterface
public interface JobRunner {

    /** Trains the head of {@code job} on its train split and evaluates it on its eval split. */
    EvalResult trainAndEvaluate(TrainJob job);
}
