package dev.ltl.common.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/**
 * Builds gRPC errors in the shape every ltl service uses: a status code, a message that names
 * the offending field, and — where a field is at fault — a {@code google.rpc.BadRequest} field
 * violation plus an {@code ErrorInfo} (reason + domain) in the rich error details, so clients can
 * react programmatically (grpc-java's "error details" example pattern).
 */
public final class GrpcErrors {
    /** ErrorInfo domain of every ltl error. */
    public static final String DOMAIN = "ltl.dev";

    private GrpcErrors() {
    }

    public static StatusRuntimeException invalidArgument(String field, String message) {
        return fieldError(Code.INVALID_ARGUMENT, field, message, "INVALID_FIELD");
    }

    public static StatusRuntimeException notFound(String field, String message) {
        return fieldError(Code.NOT_FOUND, field, message, "NOT_FOUND");
    }

    public static StatusRuntimeException failedPrecondition(String field, String message) {
        return fieldError(Code.FAILED_PRECONDITION, field, message, "NOT_READY");
    }

    /** A file the request names lies outside what the service may read (e.g. {@code ltl.media.allowed-roots}). */
    public static StatusRuntimeException permissionDenied(String field, String message) {
        return fieldError(Code.PERMISSION_DENIED, field, message, "ACCESS_DENIED");
    }

    public static StatusRuntimeException resourceExhausted(String field, String message) {
        return fieldError(Code.RESOURCE_EXHAUSTED, field, message, "TOO_LARGE");
    }

    public static StatusRuntimeException internal(String message) {
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Code.INTERNAL_VALUE).setMessage(message).build());
    }

    /** The rich status of {@code error}, for carrying per-item errors inside a stream response. */
    public static com.google.rpc.Status toRpcStatus(Throwable error) {
        com.google.rpc.Status rich = StatusProto.fromThrowable(error);
        if (rich != null) {
            return rich;
        }
        Status status = Status.fromThrowable(error);
        String message = status.getDescription() != null ? status.getDescription() : String.valueOf(error.getMessage());
        return com.google.rpc.Status.newBuilder().setCode(status.getCode().value()).setMessage(message).build();
    }

    /** The field named by the first BadRequest violation of {@code error}, or null. */
    public static String violatedField(Throwable error) {
        com.google.rpc.Status rich = StatusProto.fromThrowable(error);
        if (rich == null) {
            return null;
        }
        for (Any detail : rich.getDetailsList()) {
            if (detail.is(BadRequest.class)) {
                try {
                    BadRequest bad = detail.unpack(BadRequest.class);
                    if (bad.getFieldViolationsCount() > 0) {
                        return bad.getFieldViolations(0).getField();
                    }
                } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static StatusRuntimeException fieldError(Code code, String field, String message, String reason) {
        String text = field == null || field.isEmpty() || message.contains(field) ? message : field + ": " + message;
        com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
                .setCode(code.getNumber())
                .setMessage(text)
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reason).setDomain(DOMAIN)
                        .putMetadata("field", field == null ? "" : field).build()));
        if (field != null && !field.isEmpty()) {
            status.addDetails(Any.pack(BadRequest.newBuilder()
                    .addFieldViolations(BadRequest.FieldViolation.newBuilder()
                            .setField(field).setDescription(message))
                    .build()));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }
}
