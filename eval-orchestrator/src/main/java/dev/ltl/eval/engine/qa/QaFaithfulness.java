package dev.ltl.eval.engine.qa;

import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.ave.Progress;
import dev.ltl.eval.qa.DeletedSchedule;
import dev.ltl.eval.qa.FaithfulnessReport;
import dev.ltl.eval.qa.FaithfulnessRow;
import dev.ltl.eval.qa.FaithfulnessRowsJsonl;
import dev.ltl.eval.qa.QaPrediction;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
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
 * {@code ltl qa faithfulness} (delete-and-predict, ltl-qa-epic.md §3): per item, the method's
 * selection and the budget-matched "deleted" schedule (its background seconds + uniform seconds,
 * anchors gone) are both answered by the VLM; {@code rows.jsonl} is streamed and resumable like
 * predictions.jsonl, and {@code faithfulness.json} is recomputed from all rows at the end.
 */
public final class QaFaithfulness {
    private QaFaithfulness() {
    }

    /** What a run did: the report and the rows answered by this invocation. */
    public record Outcome(Path out, FaithfulnessReport report, int rowsWritten, int rowsResumed) {
    }

    /** The header of rows.jsonl: the evaluation settings with the one method tested. */
    static Map<String, Object> runConfig(QaEvalConfig config, String method) {
        Map<String, Object> runConfig = new LinkedHashMap<>(config.runConfig());
        runConfig.remove("methods");
        runConfig.put("faithfulness_method", method);
        return runConfig;
    }

    public static Outcome run(QaEvalConfig config, String method, Path out, Progress progress) throws Exception {
        Files.createDirectories(out);
        Path rowsFile = out.resolve(FaithfulnessRowsJsonl.FILE_NAME);
        try (FaithfulnessRowsJsonl.Writer writer = FaithfulnessRowsJsonl.open(rowsFile, runConfig(config, method))) {
            QaInputs inputs = QaInputs.prepare(config, progress);
            Set<String> done = writer.doneKeys();
            List<QaItem> pending = inputs.items().stream()
                    .filter(item -> !done.contains(QaPrediction.key(item.qid(), method))).toList();
            int total = inputs.items().size();
            int resumed = total - pending.size();
            if (resumed > 0) {
                progress.update(0, 0, "resuming: " + resumed + " of " + total + " rows already in " + rowsFile);
            }
            try (QaChannels channels = new QaChannels(config.targets(), new AccountingLedger());
                 SignalCache cache = SignalCache.open(out.resolve(QaEvaluation.SIGNALS_FILE))) {
                QaServiceCalls calls = channels.calls();
                Map<String, PreprocessedVideo> needSignals = new LinkedHashMap<>();
                if (QaRequests.needsSignals(method)) {
                    pending.forEach(item -> needSignals.putIfAbsent(item.videoId(),
                            inputs.videos().get(item.videoId())));
                }
                QaSignals.Outcome signals = QaSignals.ensure(needSignals, calls, cache, config.concurrency(), progress);
                ItemAnswerer answerer = new ItemAnswerer(config, calls);
                TranscriptFiles transcripts = new TranscriptFiles(config.effectiveTranscriptDir());
                AtomicInteger finished = new AtomicInteger(resumed);
                BoundedWork.run(pending, config.concurrency(), "ltl-qa-faithfulness", item -> {
                    FaithfulnessRow row = evaluate(config, item, method, inputs.videos().get(item.videoId()), signals,
                            answerer, transcripts);
                    writer.append(row);
                    progress.update(finished.incrementAndGet(), total, item.qid() + " " + method + ": "
                            + (row.error() != null ? "error " + row.error() : row.predChanged() ? "changed"
                            : "unchanged"));
                });
            }
            Set<String> qids = new HashSet<>();
            inputs.items().forEach(item -> qids.add(item.qid()));
            List<FaithfulnessRow> rows = FaithfulnessRowsJsonl.read(rowsFile).stream()
                    .filter(r -> qids.contains(r.qid()) && r.method().equals(method)).toList();
            FaithfulnessReport report = FaithfulnessReport.compute(rows);
            report.write(out.resolve(FaithfulnessReport.FILE_NAME));
            return new Outcome(out, report, pending.size(), resumed);
        }
    }

    private static FaithfulnessRow evaluate(QaEvalConfig config, QaItem item, String method, PreprocessedVideo video,
                                            QaSignals.Outcome signals, ItemAnswerer answerer,
                                            TranscriptFiles transcripts) {
        int budget = config.budgetFrames();
        SignalCache.VideoSignals videoSignals = signals.signals().get(item.videoId());
        if (QaRequests.needsSignals(method) && videoSignals == null) {
            return failed(item, method, budget, video, signals.errors().getOrDefault(item.videoId(),
                    "no signals for video " + item.videoId()));
        }
        Optional<Transcript> transcript = method.startsWith("ql2l_") ? transcripts.find(item.videoId())
                : Optional.empty();
        ItemAnswerer.Selection selection = answerer.select(item, method, video, videoSignals, transcript);
        if (selection.error() != null) {
            return failed(item, method, budget, video, selection.error());
        }
        SelectFramesResponse selected = selection.response();
        List<Integer> deleted = DeletedSchedule.of(video.numSeconds(), budget, selected.getBackgroundSecondsList());
        ItemAnswerer.Answer kept = answerer.answer(item, method, QaRequests.requestId(item, method), video,
                selected.getSelectedSecondsList());
        ItemAnswerer.Answer removed = answerer.answer(item, method, QaRequests.requestId(item, method) + "|deleted",
                video, deleted);
        String error = kept.error() != null ? kept.error() : removed.error();
        if (error != null) {
            return failed(item, method, budget, video, error);
        }
        return FaithfulnessRow.of(item.qid(), item.videoId(), method, budget, video.numSeconds(),
                selected.getSelectedSecondsList(), selected.getAnchorSecondsList(),
                selected.getBackgroundSecondsList(), deleted, kept.predIdx(), removed.predIdx(), item.answerIdx());
    }

    private static FaithfulnessRow failed(QaItem item, String method, int budget, PreprocessedVideo video,
                                          String error) {
        return new FaithfulnessRow(item.qid(), item.videoId(), method, budget, video.numSeconds(), new ArrayList<>(),
                null, null, null, -1, -1, item.answerIdx(), false, false, true, true, false, error);
    }
}
