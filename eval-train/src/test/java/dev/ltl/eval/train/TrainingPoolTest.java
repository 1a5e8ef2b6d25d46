package dev.ltl.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.eval.train.domain.EvalResult;
import dev.ltl.eval.train.domain.HeadConfig;
import dev.ltl.eval.train.domain.HeadKind;
import dev.ltl.eval.train.domain.JobRunner;
import dev.ltl.eval.train.domain.OptimizerConfig;
import dev.ltl.eval.train.domain.TrainData;
import dev.ltl.eval.train.domain.TrainJob;
import dev.ltl.eval.train.domain.TrainJobKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainingPoolTest {

    private static final int CLASSES = 4;
    private static final HeadConfig HEAD = new HeadConfig(HeadKind.TEMPORAL_CONV, 16, 0.2f, 3);
    private static final OptimizerConfig OPTIMIZER = new OptimizerConfig(2, 16, 2e-3f, 0f);
    private static final TrainData DATA = SyntheticTasks.visibleInOwnSecond(40, 12, 8, CLASSES, 21);

    private final HeadTrainer trainer = TestTrainers.headTrainer();

    @Test
    void identicalKeysTrainOnceAndShareTheResult() {
        AtomicInteger trainings = new AtomicInteger();
        JobRunner counting = job -> {
            trainings.incrementAndGet();
            return trainer.trainAndEvaluate(job);
        };
        try (TrainingPool pool = new TrainingPool(counting, 2)) {
            TrainJob seed0 = new TrainJob(HEAD, OPTIMIZER, 0, CLASSES, DATA);
            TrainJob seed1 = new TrainJob(HEAD, OPTIMIZER, 1, CLASSES, DATA);
            CompletableFuture<EvalResult> first = pool.submit("plans-a", seed0);
            CompletableFuture<EvalResult> again = pool.submit("plans-a", seed0);
            CompletableFuture<EvalResult> otherSeed = pool.submit("plans-a", seed1);
            CompletableFuture<EvalResult> otherPlans = pool.submit("plans-b", seed0);
            CompletableFuture<EvalResult> lazyDuplicate = pool.submit(TrainJobKey.of("plans-a", seed0), () -> {
                throw new AssertionError("a duplicate must not even build its job");
            });

            CompletableFuture.allOf(first, again, otherSeed, otherPlans, lazyDuplicate).join();
            assertThat(again).isSameAs(first);
            assertThat(lazyDuplicate).isSameAs(first);
            assertThat(trainings.get()).isEqualTo(3);
            assertThat(pool.trainingsStarted()).isEqualTo(3);
        }
    }

    @Test
    void parallelTrainingsAreRepeatableBecauseNoRandomStateIsShared() {
        TrainJob job = new TrainJob(HEAD, OPTIMIZER, 5, CLASSES, DATA);
        EvalResult sequential = trainer.trainAndEvaluate(job);
        try (TrainingPool pool = TrainingPool.forCores(trainer, 2, TestTrainers.THREADS)) {
            // Different feature identities defeat dedup, so both run at once on the two workers.
            CompletableFuture<EvalResult> a = pool.submit("copy-a", job);
            CompletableFuture<EvalResult> b = pool.submit("copy-b", job);
            for (EvalResult parallel : new EvalResult[] {a.join(), b.join()}) {
                assertThat(parallel.valAcc()).isEqualTo(sequential.valAcc());
                assertThat(parallel.trainLossByEpoch()).containsExactly(sequential.trainLossByEpoch());
                assertThat(parallel.valAccBySample()).containsExactly(sequential.valAccBySample());
            }
            assertThat(pool.trainingsStarted()).isEqualTo(2);
        }
    }

    @Test
    void aJobThatDoesNotMatchItsKeyFailsAndIsForgotten() {
        try (TrainingPool pool = new TrainingPool(trainer, 1)) {
            TrainJob job = new TrainJob(HEAD, OPTIMIZER, 3, CLASSES, DATA);
            TrainJobKey wrongSeed = new TrainJobKey("plans-a", 4, HEAD, OPTIMIZER, CLASSES);
            CompletableFuture<EvalResult> failed = pool.submit(wrongSeed, () -> job);
            assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(IllegalArgumentException.class);
            CompletableFuture<EvalResult> retried = pool.submit(wrongSeed,
                    () -> new TrainJob(HEAD, OPTIMIZER, 4, CLASSES, DATA));
            assertThat(retried).isNotSameAs(failed);
            assertThat(retried.join().valAccBySample()).hasSize(DATA.evalClips());
        }
    }
}
