package dev.ltl.eval.cache;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes Stage-1 score files (§2.5).
 * <ul>
 *   <li>{@code eventness_scores.json}: {@code {"ok": true, "eventness_method": m, "num_segments": 10,
 *   "scores": {clip_id: [10 floats]}}}, the score cache that sweeps create or extend and test runs reuse.</li>
 *   <li>External scores (PSP, CACE-Net or any user file): {@code {"scores": {id: [..]}}} or a plain
 *   {@code {id: [..]}}, each list truncated to its first 10 values. A shorter list is kept as it is (the planners
 *   pad it); the reference does not pad at load time either.</li>
 * </ul>
 * NaN and ±Infinity are read and written bare, as Python's {@code json} module does.
 */
public final class EventnessScoresFile {

    /** The score cache's file name. */
    public static final String FILE_NAME = "eventness_scores.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    private EventnessScoresFile() {
    }

    /** Reads an {@code eventness_scores.json}. */
    public static EventnessScores read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object");
        }
        JsonNode ok = root.get("ok");
        if (ok == null || !ok.asBoolean(false)) {
            throw new IOException(file + ": \"ok\" is not true; the score cache is incomplete or failed");
        }
        JsonNode method = root.get("eventness_method");
        JsonNode segments = root.get("num_segments");
        if (method == null || !method.isTextual() || segments == null || !segments.canConvertToInt()) {
            throw new IOException(file + ": needs \"eventness_method\" (string) and \"num_segments\" (int)");
        }
        return new EventnessScores(method.asText(), segments.intValue(),
                parseScores(file, root.get("scores"), Integer.MAX_VALUE));
    }

    /** Writes {@code scores} as an {@code eventness_scores.json}, atomically. */
    public static void write(Path file, EventnessScores scores) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("ok", true);
        root.put("eventness_method", scores.method());
        root.put("num_segments", scores.numSegments());
        ObjectNode byClip = root.putObject("scores");
        scores.scores().forEach((id, s) -> {
            ArrayNode values = byClip.putArray(id);
            for (double v : s) {
                values.add(v);
            }
        });
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Reads an external score file, each list truncated to its first {@code numSegments} values. */
    public static Map<String, double[]> readExternal(Path file, int numSegments) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object");
        }
        JsonNode wrapped = root.get("scores");
        return parseScores(file, wrapped != null && wrapped.isObject() ? wrapped : root, numSegments);
    }

    private static Map<String, double[]> parseScores(Path file, JsonNode node, int limit) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IOException(file + ": \"scores\" must be an object {clip_id: [floats]}");
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode values = e.getValue();
            if (!values.isArray()) {
                throw new IOException(file + ": scores of '" + e.getKey() + "' are not a list");
            }
            double[] s = new double[Math.min(values.size(), limit)];
            for (int i = 0; i < s.length; i++) {
                JsonNode v = values.get(i);
                if (!v.isNumber()) {
                    throw new IOException(file + ": score " + i + " of '" + e.getKey() + "' is not a number: " + v);
                }
                s[i] = v.doubleValue();
            }
            out.put(e.getKey(), s);
        }
        return out;
    }
}
