package dev.ltl.cli.grpc;

import io.grpc.Status;

/** Turns gRPC statuses into the code names and messages written into error lines. */
public final class StatusCodes {

    private StatusCodes() {
    }

    /**
     * The {@link Status.Code} name of a numeric {@code google.rpc.Status} code ({@code 3} →
     * {@code "INVALID_ARGUMENT"}); numbers outside the gRPC code range map to {@code "UNKNOWN"}.
     */
    public static String codeName(int code) {
        return Status.fromCodeValue(code).getCode().name();
    }

    /**
     * A human-readable message for a status: its description and, when it adds something, its
     * cause ("io exception (Connection refused: localhost/127.0.0.1:8081)"); the code name when
     * there is neither.
     */
    public static String message(Status status) {
        String description = status.getDescription();
        Throwable cause = status.getCause();
        String causeMessage = cause == null ? null : cause.getMessage();
        boolean hasDescription = description != null && !description.isBlank();
        boolean hasCause = causeMessage != null && !causeMessage.isBlank();
        if (hasDescription && hasCause && !description.contains(causeMessage)) {
            return description + " (" + causeMessage + ")";
        }
        if (hasDescription) {
            return description;
        }
        return hasCause ? causeMessage : status.getCode().name();
    }
}
