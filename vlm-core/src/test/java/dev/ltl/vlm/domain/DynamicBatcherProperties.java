package dev.ltl.vlm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the submission pattern, every item gets exactly its own output and no batch exceeds max_batch. */
class DynamicBatcherProperties {

    @Property(tries = 200)
    void everyItemIsComputedOnceInABoundedBatch(@ForAll @IntRange(min = 1, max = 6) int maxBatch,
                                                @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 9) Integer> submissions,
                                                @ForAll boolean fireBetween) {
        ManualScheduler scheduler = new ManualScheduler();
        List<Integer> batchSizes = new ArrayList<>();
        DynamicBatcher<Integer, Integer> batcher = new DynamicBatcher<>(maxBatch, 1_000, batch -> {
            batchSizes.add(batch.size());
            return batch.stream().map(i -> i * 10).toList();
        }, Runnable::run, scheduler, new AtomicLong()::get);
        List<CompletableFuture<BatchedResult<Integer>>> futures = new ArrayList<>();
        int next = 0;
        for (int size : submissions) {
            List<Integer> items = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                items.add(next++);
            }
            futures.addAll(batcher.submitAll(items));
            if (fireBetween) {
                scheduler.fireAll();
            }
        }
        scheduler.fireAll();
        assertThat(batchSizes).allSatisfy(s -> assertThat(s).isBetween(1, maxBatch));
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(next);
        for (int i = 0; i < next; i++) {
            BatchedResult<Integer> result = futures.get(i).join();
            assertThat(result.value()).isEqualTo(i * 10);
            assertThat(result.batchSize()).isBetween(1, maxBatch);
        }
        assertThat(batcher.waiting()).isZero();
    }
}
