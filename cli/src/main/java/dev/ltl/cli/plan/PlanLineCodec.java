package dev.ltl.cli.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.batch.BatchCodec;
import dev.ltl.cli.batch.ErrorLines;
import dev.ltl.cli.batch.LineOutput;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonFields;
import dev.ltl.cli.json.JsonLines;
import dev.ltl.cli.json.StructConverter;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code ltl plan --batch}: {@code {"id","scores":[…][,"config"][,"baseline"][,"oracle_segments"]
 * [,"seed"][,"random_anchors"][,"visual_scores"]}} in; {@code {"id","resolutions","anchors",
 * "fallback_used","fallback_reason","conf_value","total_tokens"}} out.
 *
 * <p>Only JSON shape is checked here; whether scores are finite or the config keys are known is the
 * planner's to judge.
 */
public final class PlanLineCodec implements BatchCodec<PlanRequest, PlanStreamResponse> {

    private final Optional<ObjectNode> defaultConfig;

    /** @param defaultConfig the {@code --config} object every line starts from, if any */
    public PlanLineCodec(Optional<ObjectNode> defaultConfig) {
        this.defaultConfig = defaultConfig;
    }

    @Override
    public PlanRequest toRequest(ObjectNode line, String requestId) throws InvalidLineException {
        PlanRequest.Builder request = PlanRequest.newBuilder().setRequestId(requestId);
        for (double score : JsonFields.requiredDoubles(line, "scores")) {
            request.addScores(score);
        }
        PlanConfigs.merge(defaultConfig, JsonFields.optionalObject(line, "config"))
                .ifPresent(config -> request.setConfig(StructConverter.toStruct(config)));
        if (JsonFields.has(line, "baseline")) {
            request.setBaseline(Baselines.parse(JsonFields.requiredText(line, "baseline")));
        }
        JsonFields.optionalInts(line, "oracle_segments")
                .ifPresent(labels -> Arrays.stream(labels).forEach(request::addOracleSegments));
        JsonFields.optionalLong(line, "seed").ifPresent(request::setSeed);
        JsonFields.optionalInts(line, "random_anchors")
                .ifPresent(anchors -> Arrays.stream(anchors).forEach(request::addRandomAnchors));
        JsonFields.optionalDoubles(line, "visual_scores")
                .ifPresent(scores -> Arrays.stream(scores).forEach(request::addVisualScores));
        return request.build();
    }

    @Override
    public String responseRequestId(PlanStreamResponse response) {
        return response.getRequestId();
    }

    @Override
    public LineOutput render(JsonNode id, PlanStreamResponse response) {
        return ErrorLines.resultOrError(id, response.hasResult() ? response.getResult() : null,
                response.hasError() ? response.getError() : null, result -> result(id, result));
    }

    private static LineOutput result(JsonNode id, PlanResponse plan) {
        ObjectNode line = JsonLines.mapper().createObjectNode();
        line.set("id", id);
        ArrayNode resolutions = line.putArray("resolutions");
        plan.getResolutionsList().forEach(resolutions::add);
        ArrayNode anchors = line.putArray("anchors");
        plan.getAnchorsList().forEach(anchors::add);
        line.put("fallback_used", plan.getFallbackUsed());
        if (plan.getFallbackReason().isEmpty()) {
            line.putNull("fallback_reason");
        } else {
            line.put("fallback_reason", plan.getFallbackReason());
        }
        line.put("conf_value", plan.getConfValue());
        line.put("total_tokens", plan.getTotalTokens());
        return new LineOutput(JsonLines.write(line), true);
    }
}
