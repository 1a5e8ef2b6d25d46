package dev.ltl.cli.command;

import dev.ltl.cli.CliEnvironment;
import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.grpc.CallDeadlines;
import dev.ltl.cli.grpc.ChannelFactory;
import dev.ltl.cli.grpc.StatusCodes;
import dev.ltl.cli.methods.MethodsTable;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ListMethodsRequest;
import dev.ltl.proto.eventness.v1.ListMethodsResponse;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ltl methods}: the eventness methods a service offers and whether they are ready. */
@Command(name = "methods", mixinStandardHelpOptions = true,
        description = "List the eventness methods of eventness-svc and whether they are ready.",
        footer = "Exit codes: 0 listed, 1 the call failed, 64 usage error.%n")
public final class MethodsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--target", paramLabel = "HOST:PORT", defaultValue = "localhost:8081",
            description = "eventness-svc address. Default: ${DEFAULT-VALUE}.")
    private String target;

    @Option(names = "--deadline", paramLabel = "SECONDS", description = "Deadline of the call. Default: none.")
    private Double deadlineSeconds;

    private final CliEnvironment env;

    public MethodsCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (deadlineSeconds != null && !(deadlineSeconds > 0 && Double.isFinite(deadlineSeconds))) {
            throw new ParameterException(spec.commandLine(),
                    "--deadline must be a positive number of seconds, got " + deadlineSeconds);
        }
        ManagedChannel channel = env.channels().open(target);
        try {
            ListMethodsResponse methods =
                    CallDeadlines.apply(EventnessServiceGrpc.newBlockingStub(channel), deadlineSeconds)
                            .listMethods(ListMethodsRequest.getDefaultInstance());
            spec.commandLine().getOut().print(MethodsTable.render(methods));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (StatusRuntimeException e) {
            spec.commandLine().getErr().printf("%s: ListMethods on %s failed: %s: %s%n", spec.qualifiedName(), target,
                    e.getStatus().getCode(), StatusCodes.message(e.getStatus()));
            return ExitCodes.TRANSPORT_FAILURE;
        } finally {
            ChannelFactory.shutdown(channel);
        }
    }
}
