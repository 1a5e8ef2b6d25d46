package dev.ltl.eval.engine.epic;

import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.EmbedStreamResponse;
import dev.ltl.proto.vlm.v1.Embedding;
import dev.ltl.proto.vlm.v1.ImageSource;
import dev.ltl.proto.vlm.v1.VideoFrames;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import dev.ltl.eval.engine.clients.OrderedStreamCall;
import io.grpc.Channel;
import io.grpc.Status;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls the EPIC evaluation makes, each recorded in the run's accounting ledger: energy scores
 * for exactly T seconds (Score), an epic_* selection (SelectFrames), and blocks of seconds embedded
 * at one resolution each (EmbedStream).
 */
public final class EpicServiceClients {
    private final EventnessServiceGrpc.EventnessServiceBlockingStub eventness;
    private final PlannerServiceGrpc.PlannerServiceBlockingStub planner;
    private final VlmServiceGrpc.VlmServiceStub vlmStream;
    private final AccountingLedger ledger;

    public EpicServiceClients(Channel eventness, Channel planner, Channel vlm, AccountingLedger ledger) {
        this.eventness = EventnessServiceGrpc.newBlockingStub(eventness);
        this.planner = PlannerServiceGrpc.newBlockingStub(planner);
        this.vlmStream = VlmServiceGrpc.newStub(vlm);
        this.ledger = ledger;
    }

    /** Per-second scores of the video's first {@code seconds} seconds (audio padded or cut to fit). */
    public double[] scores(String videoId, Path video, String method, int seconds) {
        ScoreResponse response = eventness.score(ScoreRequest.newBuilder().setRequestId(videoId).setMethod(method)
                .setNumSegments(seconds).setMedia(MediaInput.newBuilder().setUri(uri(video))).build());
        ledger.record("eventness/Score", null, response.getAccounting());
        return response.getScoresList().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One epic_* selection; random is seeded by md5(video_id) through item_seed_key. */
    public EpicSelection select(String method, EpicVideoInput input, int maxSteps) {
        SelectFramesRequest.Builder request = SelectFramesRequest.newBuilder()
                .setRequestId(input.videoId() + "|" + method).setMethod("epic_" + method)
                .setNumSeconds(input.durationSeconds()).setMaxSteps(maxSteps).setItemSeedKey(input.videoId());
        if (method.equals("audio_anchored")) {
            for (double score : input.energyScores()) {
                request.addAudioScores(score);
            }
        } else if (method.equals("oracle")) {
            request.addAllOracleAnchorSeconds(input.oracleAnchors());
        }
        SelectFramesResponse response = planner.selectFrames(request.build());
        ledger.record("planner/SelectFrames", method, response.getAccounting());
        return new EpicSelection(method, input.videoId(), input.durationSeconds(), response.getSelectedSecondsList(),
                response.getResolutionsList(), response.getAnchorsList(), response.getTotalTokens());
    }

    /** One block of seconds of a video to embed at one resolution; {@code id} names it in the stream. */
    public record EmbedJob(String id, Path video, List<Integer> seconds, int resolution) {
    }

    /**
     * Embeds every job over one EmbedStream (answers in request order, at most {@code window} in
     * flight): job id → {@code [seconds][D]} of the frames at t + 0.5 s. A per-item error fails the batch.
     */
    public Map<String, float[][]> embedAll(String model, List<EmbedJob> jobs, int window) throws InterruptedException {
        List<EmbedRequest> requests = jobs.stream().map(job -> EmbedRequest.newBuilder().setRequestId(job.id())
                .setModel(model).addImages(ImageSource.newBuilder().setVideo(VideoFrames.newBuilder()
                        .setUri(uri(job.video())).addAllSeconds(job.seconds())))
                .addResolutions(job.resolution()).build()).toList();
        List<EmbedStreamResponse> answers = OrderedStreamCall.exchange(vlmStream::embedStream, requests, window);
        Map<String, float[][]> out = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            EmbedStreamResponse answer = answers.get(i);
            if (answer.hasError()) {
                throw Status.fromCodeValue(answer.getError().getCode())
                        .withDescription("embed '" + answer.getRequestId() + "': " + answer.getError().getMessage())
                        .asRuntimeException();
            }
            EmbedResponse response = answer.getResult();
            ledger.record("vlm/EmbedStream", null, response.getAccounting());
            out.put(answer.getRequestId(), rows(response, jobs.get(i).seconds().size(), answer.getRequestId()));
        }
        return out;
    }

    private static float[][] rows(EmbedResponse response, int count, String id) {
        float[][] rows = new float[count][];
        for (Embedding embedding : response.getEmbeddingsList()) {
            float[] vector = new float[embedding.getDim()];
            ByteBuffer bytes = embedding.getVectorF32Le().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().get(vector);
            rows[embedding.getImageIndex()] = vector;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalStateException("vlm-svc returned no embedding for image " + i + " of " + id);
            }
        }
        return rows;
    }

    private static String uri(Path video) {
        return video.toAbsolutePath().toUri().toString();
    }
}
