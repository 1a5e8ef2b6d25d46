package dev.ltl.eval.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

class ServiceUnavailableExceptionTest {

    @Test
    void serviceLevelFailuresStopTheRunAndItemLevelOnesBecomeRows() {
        for (Status status : new Status[] {Status.UNAVAILABLE, Status.CANCELLED, Status.DEADLINE_EXCEEDED,
                Status.RESOURCE_EXHAUSTED, Status.ABORTED}) {
            assertThat(ServiceUnavailableException.isTransient(status.asRuntimeException())).as(status.toString())
                    .isTrue();
        }
        for (Status status : new Status[] {Status.INVALID_ARGUMENT, Status.NOT_FOUND, Status.FAILED_PRECONDITION,
                Status.INTERNAL, Status.UNKNOWN}) {
            assertThat(ServiceUnavailableException.isTransient(status.asRuntimeException())).as(status.toString())
                    .isFalse();
        }
    }

    @Test
    void throwIfTransientNamesTheCallAndTheStatus() {
        assertThatThrownBy(() -> ServiceUnavailableException.throwIfTransient("answer q1|audio",
                Status.UNAVAILABLE.withDescription("io exception").asRuntimeException()))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("answer q1|audio").hasMessageContaining("UNAVAILABLE: io exception")
                .hasMessageContaining("rerun to resume");
        assertThatCode(() -> ServiceUnavailableException.throwIfTransient("answer",
                Status.INVALID_ARGUMENT.asRuntimeException())).doesNotThrowAnyException();
    }

    @Test
    void rowsRecordTheStatusCodeAndItsDescription() {
        assertThat(ItemAnswerer.describe(Status.INVALID_ARGUMENT.withDescription("options: 27 > 26")
                .asRuntimeException())).isEqualTo("INVALID_ARGUMENT: options: 27 > 26");
        assertThat(ItemAnswerer.describe(new IllegalStateException("boom"))).startsWith("UNKNOWN: ")
                .contains("boom");
    }
}
