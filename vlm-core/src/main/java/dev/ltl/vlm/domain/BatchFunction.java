package dev.ltl.vlm.domain;

import java.util.List;

/** Computes a whole batch at once (one ONNX Runtime run); returns one output per input, in order. */
@FunctionalInterface
public interface BatchFunction<I, O> {
    List<O> apply(List<I> batch) throws Exception;
}
