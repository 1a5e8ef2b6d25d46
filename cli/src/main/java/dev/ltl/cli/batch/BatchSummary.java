package dev.ltl.cli.batch;

import dev.ltl.cli.ExitCodes;
import io.grpc.Status;

/**
 * How a batch ended.
 *
 * @param lines         output lines written (one per non-blank input line)
 * @param failedLines   lines written with an {@code "error"} object
 * @param streamFailure the status the whole stream failed with, or {@code null} when it did not
 */
public record BatchSummary(long lines, long failedLines, Status streamFailure) {

    public boolean streamFailed() {
        return streamFailure != null;
    }

    /** 1 when the stream failed, else 2 when some line failed, else 0. */
    public int exitCode() {
        if (streamFailed()) {
            return ExitCodes.TRANSPORT_FAILURE;
        }
        return failedLines > 0 ? ExitCodes.LINE_ERRORS : ExitCodes.OK;
    }
}
