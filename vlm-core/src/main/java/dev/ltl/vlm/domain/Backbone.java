package dev.ltl.vlm.domain;

import java.util.List;

/** An image network that embeds a batch of same-size images in one run. Implementations are thread-safe. */
public interface Backbone extends AutoCloseable {

    /**
     * Embeds {@code tensors} (each 3·side² floats in the model's layout) as one batch.
     *
     * @return one embedding per tensor, in order
     */
    List<float[]> embed(List<float[]> tensors, int side) throws Exception;

    @Override
    void close();
}
