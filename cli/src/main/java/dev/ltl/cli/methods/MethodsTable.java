package dev.ltl.cli.methods;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.eventness.v1.ListMethodsResponse;
import dev.ltl.proto.eventness.v1.MethodInfo;
import dev.ltl.proto.eventness.v1.MethodKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders {@code ListMethods} as a plain-text table with aligned columns:
 * {@code METHOD KIND READY FRAMES MODELS DESCRIPTION}. Models read {@code name@version (state)}, or
 * {@code -} for builtin methods; the description column is last so long text does not push the
 * others apart.
 */
public final class MethodsTable {

    private static final List<String> HEADER = List.of("METHOD", "KIND", "READY", "FRAMES", "MODELS", "DESCRIPTION");
    private static final String GAP = "  ";

    private MethodsTable() {
    }

    public static String render(ListMethodsResponse response) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MethodInfo method : response.getMethodsList()) {
            rows.add(List.of(
                    method.getName(),
                    kind(method.getKind()),
                    yesNo(method.getReady()),
                    yesNo(method.getNeedsFrames()),
                    models(method.getModelsList()),
                    method.getDescription()));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                boolean last = column == widths.length - 1;
                line.append(last ? row.get(column) : pad(row.get(column), widths[column]) + GAP);
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    private static String kind(MethodKind kind) {
        if (kind == MethodKind.UNRECOGNIZED || kind == MethodKind.METHOD_KIND_UNSPECIFIED) {
            return "?";
        }
        return kind.name().substring("METHOD_KIND_".length()).toLowerCase(Locale.ROOT);
    }

    private static String models(List<ModelStatus> models) {
        if (models.isEmpty()) {
            return "-";
        }
        return models.stream()
                .map(model -> model.getName() + "@" + model.getVersion() + " (" + state(model.getState()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String state(ModelState state) {
        if (state == ModelState.UNRECOGNIZED || state == ModelState.MODEL_STATE_UNSPECIFIED) {
            return "unknown";
        }
        return state.name().substring("MODEL_STATE_".length()).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
