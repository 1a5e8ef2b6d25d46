package dev.ltl.cli.batch;

import io.grpc.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes output lines and counts them, for the {@link BatchSummary}. */
final class OutputLines {

    private final Writer writer;
    private long lines;
    private long failedLines;

    OutputLines(Writer writer) {
        this.writer = writer;
    }

    /** Writes the lines, then flushes so a consumer downstream of a pipe sees them promptly. */
    void writeAll(List<LineOutput> outputs) throws IOException {
        if (outputs.isEmpty()) {
            return;
        }
        for (LineOutput output : outputs) {
            write(output);
        }
        writer.flush();
    }

    void write(LineOutput output) throws IOException {
        writer.write(output.json());
        writer.write('\n');
        lines++;
        if (!output.ok()) {
            failedLines++;
        }
    }

    void flush() throws IOException {
        writer.flush();
    }

    BatchSummary summary(Status streamFailure) {
        return new BatchSummary(lines, failedLines, streamFailure);
    }
}
