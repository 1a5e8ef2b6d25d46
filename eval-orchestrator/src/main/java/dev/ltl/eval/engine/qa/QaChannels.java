package dev.ltl.eval.engine.qa;

import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.GrpcChannels;

/** Plaintext channels to the three services of a QA evaluation, closed together. */
final class QaChannels implements AutoCloseable {
    private final GrpcChannels channels = new GrpcChannels();
    private final QaServiceCalls calls;

    QaChannels(QaEvalConfig.ServiceTargets targets, AccountingLedger ledger) {
        this.calls = new QaServiceCalls(channels.to(targets.eventness()), channels.to(targets.planner()),
                channels.to(targets.vlm()), ledger);
    }

    QaServiceCalls calls() {
        return calls;
    }

    @Override
    public void close() {
        channels.close();
    }
}
