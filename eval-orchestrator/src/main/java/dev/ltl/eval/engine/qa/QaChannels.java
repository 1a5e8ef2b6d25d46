package dev.ltl.eval.engine.qa;

import dev.ltl.eval.engine.accounting.AccountingLedger;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Plaintext channels to the three services of a QA evaluation, closed together. */
final class QaChannels implements AutoCloseable {
    private final List<ManagedChannel> channels;
    private final QaServiceCalls calls;

    QaChannels(QaEvalConfig.ServiceTargets targets, AccountingLedger ledger) {
        ManagedChannel eventness = open(targets.eventness());
        ManagedChannel planner = open(targets.planner());
        ManagedChannel vlm = open(targets.vlm());
        this.channels = List.of(eventness, planner, vlm);
        this.calls = new QaServiceCalls(eventness, planner, vlm, ledger);
    }

    QaServiceCalls calls() {
        return calls;
    }

    private static ManagedChannel open(String target) {
        return ManagedChannelBuilder.forTarget(target).usePlaintext().maxInboundMessageSize(64 << 20).build();
    }

    @Override
    public void close() {
        for (ManagedChannel channel : channels) {
            channel.shutdownNow();
        }
        boolean interrupted = false;
        for (ManagedChannel channel : channels) {
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
