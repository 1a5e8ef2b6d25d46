package dev.ltl.eval.engine.qa;

import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.ave.Progress;
import dev.ltl.eval.qa.PredictionsJsonl;
import dev.ltl.eval.qa.PredictionsWriter;
import dev.ltl.eval.qa.QaMetricsJson;
import dev.ltl.eval.qa.QaPrediction;
import dev.ltl.proto.planner.v1.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ltl qa eval}: every (item, method) of a QA dataset through planner-svc (frame selection)
 * and vlm-svc (answering), rows streamed to {@code predictions.jsonl}, then {@code metrics.json},
 * {@code run_summary.json} (service latency percentiles and vision tokens from the Accounting) and
 * {@code preprocess_meta.json}.
 *
 * <p>Resume: rerunning with the same output directory checks that the run config equals the
 * predictions header, skips the (item, method) pairs already there, and recomputes the metrics
 * from all rows — so a killed run ends with the metrics an uninterrupted one writes. Rows are
 * written in completion order, which varies with {@code concurrency}; the metrics never depend on it.
 */
public final class QaEvaluation {
    public static final String SIGNALS_FILE = "signals.jsonl";
    public static final String RUN_SUMMARY_FILE = "run_summary.json";
    public static final String PREPROCESS_META_FILE = "preprocess_meta.json";

    private QaEvaluation() {
    }

    /**
     * What a run did.
     *
     * @param metrics     the metrics.json written
     * @param rowsWritten rows this invocation appended
     * @param rowsResumed rows found in predictions.jsonl from an earlier invocation
     * @param evalSeconds wall time of the selection + answering phase
     */
    public record Outcome(Path out, QaMetricsJson metrics, int rowsWritten, int rowsResumed, double evalSeconds) {
        /** Rows per second this invocation achieved. */
        public double rowsPerSecond() {
            return evalSeconds > 0 ? rowsWritten / evalSeconds : 0;
        }
    }

    /** One (item, method) still to answer. */
    private record Unit(QaItem item, String method) {
    }

    public static Outcome run(QaEvalConfig config, Path out, Progress progress) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(out);
        Path predictionsFile = out.resolve(PredictionsJsonl.FILE_NAME);
        // Opened first: a resume with another config fails before any expensive work.
        try (PredictionsWriter writer = PredictionsJsonl.open(predictionsFile, config.runConfig())) {
            QaInputs inputs = QaInputs.prepare(config, progress);
            QaArtifacts.writePreprocessMeta(out.resolve(PREPROCESS_META_FILE), inputs);
            Set<String> done = writer.doneKeys();
            List<Unit> pending = new ArrayList<>();
            for (QaItem item : inputs.items()) {
                for (String method : config.methods()) {
                    if (!done.contains(QaPrediction.key(item.qid(), method))) {
                        pending.add(new Unit(item, method));
                    }
                }
            }
            int total = inputs.items().size() * config.methods().size();
            int resumed = total - pending.size();
            if (resumed > 0) {
                progress.update(0, 0, "resuming: " + resumed + " of " + total + " rows already in " + predictionsFile);
            }
            AccountingLedger ledger = new AccountingLedger();
            long evalStart = System.nanoTime();
            String device;
            try (QaChannels channels = new QaChannels(config.targets(), ledger);
                 SignalCache cache = SignalCache.open(out.resolve(SIGNALS_FILE))) {
                QaServiceCalls calls = channels.calls();
                QaSignals.Outcome signals = QaSignals.ensure(videosNeedingSignals(pending, inputs.videos()), calls,
                        cache, config.concurrency(), progress);
                ItemAnswerer answerer = new ItemAnswerer(config, calls);
                TranscriptFiles transcripts = new TranscriptFiles(config.effectiveTranscriptDir());
                AtomicInteger finished = new AtomicInteger(resumed);
                BoundedWork.run(pending, config.concurrency(), "ltl-qa-eval", unit -> {
                    QaPrediction row = evaluate(unit, inputs.videos().get(unit.item().videoId()), signals, answerer,
                            transcripts);
                    writer.append(row);
                    progress.update(finished.incrementAndGet(), total, describe(row));
                });
                device = QaArtifacts.modelDevice(calls, config.model());
            }
            double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
            List<QaPrediction> rows = rowsOf(PredictionsJsonl.read(predictionsFile), inputs.items(), config.methods());
            QaMetricsJson metrics = QaArtifacts.metrics(config, inputs, rows, device, evalSeconds,
                    (System.nanoTime() - start) / 1e9, out);
            metrics.write(out.resolve(QaMetricsJson.FILE_NAME));
            writeRunSummary(out.resolve(RUN_SUMMARY_FILE), config, ledger, pending.size(), resumed, evalSeconds,
                AnswerBreakdown.of(rows));
            return new Outcome(out, metrics, pending.size(), resumed, evalSeconds);
        }
    }

    private static QaPrediction evaluate(Unit unit, PreprocessedVideo video, QaSignals.Outcome signals,
                                         ItemAnswerer answerer, TranscriptFiles transcripts) {
        QaItem item = unit.item();
        String method = unit.method();
        SignalCache.VideoSignals videoSignals = null;
        if (QaRequests.needsSignals(method)) {
            videoSignals = signals.signals().get(item.videoId());
            if (videoSignals == null) {
                return QaArtifacts.failedRow(item, method, video, answerer.budgetFrames(),
                        signals.errors().getOrDefault(item.videoId(), "no signals for video " + item.videoId()));
            }
        }
        Optional<Transcript> transcript = method.startsWith("ql2l_") ? transcripts.find(item.videoId())
                : Optional.empty();
        return answerer.evaluate(item, method, video, videoSignals, transcript);
    }

    /** The videos of the pending pairs whose method reads signals. */
    private static Map<String, PreprocessedVideo> videosNeedingSignals(List<Unit> pending,
                                                                     Map<String, PreprocessedVideo> videos) {
        Map<String, PreprocessedVideo> needed = new LinkedHashMap<>();
        for (Unit unit : pending) {
            if (QaRequests.needsSignals(unit.method())) {
                needed.putIfAbsent(unit.item().videoId(), videos.get(unit.item().videoId()));
            }
        }
        return needed;
    }

    /** The rows of this run's items and methods (a file may hold rows of items a smaller limit left out). */
    static List<QaPrediction> rowsOf(List<QaPrediction> rows, List<QaItem> items, List<String> methods) {
        Set<String> qids = new HashSet<>();
        items.forEach(item -> qids.add(item.qid()));
        return rows.stream().filter(r -> qids.contains(r.qid()) && methods.contains(r.method())).toList();
    }

    private static String describe(QaPrediction row) {
        String outcome = row.error() != null ? "error " + row.error()
                : row.invalid() ? "invalid" : row.correct() ? "correct" : "wrong";
        return row.qid() + " " + row.method() + ": " + outcome;
    }

    private static void writeRunSummary(Path file, QaEvalConfig config, AccountingLedger ledger, int written,
                                        int resumed, double evalSeconds, Map<String, Map<String, Object>> breakdown) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("config", config.runConfig());
        summary.put("concurrency", config.concurrency());
        summary.put("rows_written", written);
        summary.put("rows_resumed", resumed);
        summary.put("eval_seconds", evalSeconds);
        summary.put("rows_per_second", evalSeconds > 0 ? written / evalSeconds : 0);
        summary.put("targets", Map.of("eventness", config.targets().eventness(), "planner", config.targets().planner(),
                "vlm", config.targets().vlm()));
        // This invocation's calls only: a resumed run's earlier calls were accounted in its own summary.
        summary.put("accounting", ledger.summary());
        // Over every row of the run (resumed ones included): where vlm-svc's Answer time went.
        summary.put("vlm_answer_breakdown_s", breakdown);
        ArtifactJson.write(file, summary);
    }
}
