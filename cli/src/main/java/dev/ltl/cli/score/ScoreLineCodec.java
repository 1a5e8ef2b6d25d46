package dev.ltl.cli.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.batch.BatchCodec;
import dev.ltl.cli.batch.ErrorLines;
import dev.ltl.cli.batch.LineOutput;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonFields;
import dev.ltl.cli.json.JsonLines;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import java.nio.file.Path;

/**
 * {@code ltl score --batch}: {@code {"id","uri","method"[,"max_seconds"][,"num_segments"]}} in,
 * {@code {"id","scores":[…]}} out.
 *
 * <p>Only JSON shape is checked here (required fields, types); value ranges such as a negative
 * {@code max_seconds} or an unknown method are the service's to judge, so the rules live in one place.
 */
public final class ScoreLineCodec implements BatchCodec<ScoreRequest, ScoreStreamResponse> {

    private final Path workingDir;

    /** @param workingDir the directory relative {@code "uri"} values are resolved against */
    public ScoreLineCodec(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public ScoreRequest toRequest(ObjectNode line, String requestId) throws InvalidLineException {
        String uri = JsonFields.requiredText(line, "uri");
        ScoreRequest.Builder request = ScoreRequest.newBuilder()
                .setRequestId(requestId)
                .setMethod(JsonFields.requiredText(line, "method"))
                .setMedia(MediaInput.newBuilder().setUri(MediaUris.resolve(uri, workingDir)));
        JsonFields.optionalInt(line, "max_seconds").ifPresent(request::setMaxSeconds);
        JsonFields.optionalInt(line, "num_segments").ifPresent(request::setNumSegments);
        return request.build();
    }

    @Override
    public String responseRequestId(ScoreStreamResponse response) {
        return response.getRequestId();
    }

    @Override
    public LineOutput render(JsonNode id, ScoreStreamResponse response) {
        return ErrorLines.resultOrError(id, response.hasResult() ? response.getResult() : null,
                response.hasError() ? response.getError() : null, result -> result(id, result));
    }

    private static LineOutput result(JsonNode id, ScoreResponse result) {
        ObjectNode line = JsonLines.mapper().createObjectNode();
        line.set("id", id);
        ArrayNode scores = line.putArray("scores");
        result.getScoresList().forEach(scores::add);
        return new LineOutput(JsonLines.write(line), true);
    }
}
