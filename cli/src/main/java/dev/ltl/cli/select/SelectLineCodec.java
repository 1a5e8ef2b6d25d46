package dev.ltl.cli.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.batch.BatchCodec;
import dev.ltl.cli.batch.ErrorLines;
import dev.ltl.cli.batch.LineOutput;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonFields;
import dev.ltl.cli.json.JsonLines;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.SelectFramesStreamResponse;
import java.util.List;

/**
 * {@code ltl select --batch}: {@code {"id","method","scores":[…],"budget_frames"[,"seed"]
 * [,"item_seed_key"]}} in; {@code {"id","selected_seconds","background_seconds","anchor_seconds",
 * "alpha","q_bar"}} out. T is the length of {@code scores}; {@code mixture} runs the
 * reliability-gated selector on them.
 *
 * <p>Only JSON shape is checked here; the method name, the budget's sign and finiteness are the
 * service's to judge.
 */
public final class SelectLineCodec implements BatchCodec<SelectFramesRequest, SelectFramesStreamResponse> {

    @Override
    public SelectFramesRequest toRequest(ObjectNode line, String requestId) throws InvalidLineException {
        SelectFramesRequest.Builder request = SelectFramesRequest.newBuilder()
                .setRequestId(requestId)
                .setMethod(JsonFields.requiredText(line, "method"));
        // The scores go in the generic vector; the service takes T from its length for every method.
        for (double score : JsonFields.requiredDoubles(line, "scores")) {
            request.addScores(score);
        }
        request.setBudgetFrames(JsonFields.requiredInt(line, "budget_frames"));
        JsonFields.optionalLong(line, "seed").ifPresent(request::setSeed);
        if (JsonFields.has(line, "item_seed_key")) {
            request.setItemSeedKey(JsonFields.requiredText(line, "item_seed_key"));
        }
        return request.build();
    }

    @Override
    public String responseRequestId(SelectFramesStreamResponse response) {
        return response.getRequestId();
    }

    @Override
    public LineOutput render(JsonNode id, SelectFramesStreamResponse response) {
        return ErrorLines.resultOrError(id, response.hasResult() ? response.getResult() : null,
                response.hasError() ? response.getError() : null, result -> result(id, result));
    }

    /** α and q̄ are {@code null} for methods without a mixture record (uniform, random). */
    private static LineOutput result(JsonNode id, SelectFramesResponse selection) {
        ObjectNode line = JsonLines.mapper().createObjectNode();
        line.set("id", id);
        putSeconds(line, "selected_seconds", selection.getSelectedSecondsList());
        putSeconds(line, "background_seconds", selection.getBackgroundSecondsList());
        putSeconds(line, "anchor_seconds", selection.getAnchorSecondsList());
        if (selection.hasAlpha()) {
            line.put("alpha", selection.getAlpha());
        } else {
            line.putNull("alpha");
        }
        if (selection.hasQBar()) {
            line.put("q_bar", selection.getQBar());
        } else {
            line.putNull("q_bar");
        }
        return new LineOutput(JsonLines.write(line), true);
    }

    private static void putSeconds(ObjectNode line, String field, List<Integer> seconds) {
        ArrayNode array = line.putArray(field);
        seconds.forEach(array::add);
    }
}
