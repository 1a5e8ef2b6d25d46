package dev.ltl.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.CliEnvironment;
import dev.ltl.cli.grpc.CallDeadlines;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.plan.PlanConfigs;
import dev.ltl.cli.plan.PlanLineCodec;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ltl plan --batch IN.jsonl}: Listen-then-Look plans over {@code PlanStream}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan which seconds to look at, with planner-svc: one JSON object per input line "
                + "{\"id\",\"scores\"[,\"config\"][,\"baseline\"][,\"oracle_segments\"][,\"seed\"]"
                + "[,\"random_anchors\"][,\"visual_scores\"]}, one per output line {\"id\",\"resolutions\","
                + "\"anchors\",\"fallback_used\",\"fallback_reason\",\"conf_value\",\"total_tokens\"} or "
                + "{\"id\",\"error\"}, in input order.",
        footer = "Exit codes: 0 every line ok, 2 some lines have errors, 1 stream failure, 64 usage error.%n")
public final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BatchOptions batch;

    @Option(names = "--target", paramLabel = "HOST:PORT", defaultValue = "localhost:8082",
            description = "planner-svc address. Default: ${DEFAULT-VALUE}.")
    private String target;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Default planner config (a JSON object, e.g. best_config.json); a line's own "
                    + "\"config\" keys override it.")
    private String configFile;

    private final CliEnvironment env;

    public PlanCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PlanLineCodec codec = new PlanLineCodec(defaultConfig());
        return BatchRunner.run(spec, env, batch, target, codec,
                channel -> CallDeadlines.apply(PlannerServiceGrpc.newStub(channel), batch.deadlineSeconds)
                        ::planStream);
    }

    private Optional<ObjectNode> defaultConfig() {
        if (configFile == null) {
            return Optional.empty();
        }
        Path file = env.workingDir().resolve(configFile);
        try {
            return Optional.of(PlanConfigs.load(file));
        } catch (IOException | InvalidLineException e) {
            throw new ParameterException(spec.commandLine(), "cannot use --config " + file + ": " + e.getMessage());
        }
    }
}
