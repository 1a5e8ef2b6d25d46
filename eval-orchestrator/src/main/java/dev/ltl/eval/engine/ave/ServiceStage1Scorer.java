package dev.ltl.eval.engine.ave;

import dev.ltl.eval.analysis.DegradationSuite;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.EventnessClient;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stage-1 re-scoring of a (corrupted) waveform through eventness-svc: the waveform travels inline
 * as PCM and exactly N = 10 seconds are scored, as the clean scores were (reference §5.10 step 4).
 * Thread-safe: degradation rows may score concurrently.
 */
public final class ServiceStage1Scorer implements DegradationSuite.Stage1Scorer {
    private final EventnessClient client;
    private final String method;
    private final AccountingLedger ledger;
    private final AtomicLong requests = new AtomicLong();

    public ServiceStage1Scorer(EventnessClient client, String method, AccountingLedger ledger) {
        this.client = client;
        this.method = method;
        this.ledger = ledger;
    }

    @Override
    public double[] score(float[] waveform, int sampleRate) {
        return client.scorePcm("degraded-" + requests.incrementAndGet(), waveform, sampleRate, method,
                AveOptions.NUM_SECONDS, accounting -> ledger.record("eventness/Score", null, accounting));
    }
}
