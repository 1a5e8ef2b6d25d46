package dev.ltl.planner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.infra.RelevanceProviderLoader;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.RelevanceRequest;
import dev.ltl.proto.planner.v1.RelevanceResponse;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With {@code ltl.media.allowed-roots} set, files outside the roots are PERMISSION_DENIED, naming the field. */
class MediaAllowedRootsGrpcTest {
    private static Path allowed;
    private static Path outside;
    private static RelevanceProviderLoader.Loaded loaded;
    private static InProcessPlanner planner;
    private static PlannerServiceGrpc.PlannerServiceBlockingStub blocking;

    @BeforeAll
    static void start() throws Exception {
        allowed = Files.createTempDirectory("ltl-allowed");
        outside = Files.createTempDirectory("ltl-outside");
        String words = "{\"words\": [{\"text\": \"siren\", \"start\": 1.2, \"end\": 1.6}]}";
        Files.writeString(allowed.resolve("v.words.json"), words);
        Files.writeString(outside.resolve("v.words.json"), words);
        TestPlannerConfig config = TestPlannerConfig.defaults();
        loaded = RelevanceProviderLoader.load(List.of(), Optional.empty(), Optional.empty(), 1);
        planner = InProcessPlanner.start(config, loaded, new RelevanceInputMapper(config, List.of(allowed)));
        blocking = planner.blocking();
    }

    @AfterAll
    static void stop() throws Exception {
        planner.close();
    }

    @Test
    void aTranscriptInsideTheRootsIsRead() {
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("when does the siren sound").setNumSeconds(3)
                .setTranscriptUri(allowed.resolve("v.words.json").toUri().toString()).build());
        assertThat(response.getRelevanceList()).hasSize(3);
        assertThat(response.getRelevance(1)).isGreaterThan(0);
    }

    @Test
    void aTranscriptOutsideTheRootsIsPermissionDenied() {
        expectDenied(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("siren").setNumSeconds(3)
                .setTranscriptUri(outside.resolve("v.words.json").toString()).build()), "transcript_uri");
        // A path that climbs out of an allowed root is normalised before the check.
        expectDenied(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("siren").setNumSeconds(3)
                .setTranscriptUri(allowed.resolve("../" + outside.getFileName() + "/v.words.json").toString())
                .build()), "transcript_uri");
    }

    @Test
    void mediaOutsideTheRootsIsPermissionDeniedAlsoInSelectFrames() {
        MediaInput media = MediaInput.newBuilder().setUri(outside.resolve("clip.mp4").toUri().toString()).build();
        // No transcript: T comes from the media, which is checked before anything is decoded.
        expectDenied(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("siren").setMedia(media).build()), "media.uri");
        expectDenied(() -> blocking.selectFrames(SelectFramesRequest.newBuilder().setMethod("ql2l_asr_bm25")
                .setBudgetFrames(2).setQuestion("siren").addAllAudioScores(List.of(0.1, 0.5, 0.2))
                .addAllVisualScores(List.of(0.0, 0.1, 0.0))
                .setTranscriptUri(outside.resolve("v.words.json").toString()).build()), "transcript_uri");
    }

    private static void expectDenied(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(e.getStatus().getDescription()).contains(field).contains("allowed media roots");
            assertThat(GrpcErrors.violatedField(e)).isEqualTo(field);
        });
    }
}
