package dev.ltl.cli.command;

import dev.ltl.cli.CliEnvironment;
import dev.ltl.cli.grpc.CallDeadlines;
import dev.ltl.cli.score.ScoreLineCodec;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltl score --batch IN.jsonl}: per-second eventness scores over {@code ScoreStream}. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score clips with eventness-svc: one JSON object per input line "
                + "{\"id\",\"uri\",\"method\"[,\"max_seconds\"][,\"num_segments\"]}, one per output line "
                + "{\"id\",\"scores\"} or {\"id\",\"error\"}, in input order.",
        footer = "Exit codes: 0 every line ok, 2 some lines have errors, 1 stream failure, 64 usage error.%n")
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BatchOptions batch;

    @Option(names = "--target", paramLabel = "HOST:PORT", defaultValue = "localhost:8081",
            description = "eventness-svc address. Default: ${DEFAULT-VALUE}.")
    private String target;

    private final CliEnvironment env;

    public ScoreCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        return BatchRunner.run(spec, env, batch, target, new ScoreLineCodec(env.workingDir()),
                channel -> CallDeadlines.apply(EventnessServiceGrpc.newStub(channel), batch.deadlineSeconds)
                        ::scoreStream);
    }
}
