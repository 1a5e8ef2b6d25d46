package dev.ltl.cli.command;

import dev.ltl.cli.CliEnvironment;
import dev.ltl.cli.grpc.CallDeadlines;
import dev.ltl.cli.select.SelectLineCodec;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltl select --batch IN.jsonl}: QA frame selections over planner-svc's {@code SelectFramesStream}. */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = "Select which seconds of a video a VLM looks at under a frame budget, with planner-svc: "
                + "one JSON object per input line {\"id\",\"method\":\"uniform\"|\"random\"|\"mixture\","
                + "\"scores\",\"budget_frames\"[,\"seed\"][,\"item_seed_key\"]}, one per output line "
                + "{\"id\",\"selected_seconds\",\"background_seconds\",\"anchor_seconds\",\"alpha\",\"q_bar\"} "
                + "or {\"id\",\"error\"}, in input order.",
        footer = "Exit codes: 0 every line ok, 2 some lines have errors, 1 stream failure, 64 usage error.%n")
public final class SelectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BatchOptions batch;

    @Option(names = "--target", paramLabel = "HOST:PORT", defaultValue = "localhost:8082",
            description = "planner-svc address. Default: ${DEFAULT-VALUE}.")
    private String target;

    private final CliEnvironment env;

    public SelectCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        return BatchRunner.run(spec, env, batch, target, new SelectLineCodec(),
                channel -> CallDeadlines.apply(PlannerServiceGrpc.newStub(channel), batch.deadlineSeconds)
                        ::selectFramesStream);
    }
}
