package dev.ltl.common.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The {@code model.yaml} beside a model file: what the model consumes and produces and how a
 * service should run it. Field names are snake_case in YAML. Unknown keys are rejected so a typo
 * in a deployment is caught at load time instead of silently ignored.
 *
 * <pre>
 * name: efficientat-mn04-as
 * version: "1"
 * file: model.onnx            # default model.onnx
 * task: audio-tagging
 * inputs:  [{name: spec, dtype: float32, shape: [-1, 1, 128, -1]}]
 * outputs: [{name: logits, dtype: float32, shape: [-1, 527]}]
 * embedding_output: logits    # which output an embedding service returns (default: the first output)
 * labels: labels.csv          # looked up beside the file, then one level up
 * preprocessing: {sample_rate: 32000, ...}   # model-specific, free form
 * tokens: {rule: patch_grid, patch_size: 16} # how many vision tokens an input costs
 * batching: {max_batch: 32, max_queue_delay_us: 2000}
 * device: cpu                 # cpu | cuda
 * runtime: onnx-qwen-vl       # answer models: which runner serves the model directory
 * vlm: {...}                  # answer models: runner-specific settings (graphs, special tokens, vision config)
 * </pre>
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ModelSpec(
        @JsonProperty("name") String name,
        @JsonProperty("version") String version,
        @JsonProperty("file") String file,
        @JsonProperty("task") String task,
        @JsonProperty("description") String description,
        @JsonProperty("inputs") List<TensorSpec> inputs,
        @JsonProperty("outputs") List<TensorSpec> outputs,
        @JsonProperty("labels") String labels,
        @JsonProperty("preprocessing") Map<String, Object> preprocessing,
        @JsonProperty("tokens") Map<String, Object> tokens,
        @JsonProperty("batching") Batching batching,
        @JsonProperty("device") String device,
        @JsonProperty("source") String source,
        @JsonProperty("embedding_output") String embeddingOutput,
        @JsonProperty("runtime") String runtime,
        @JsonProperty("vlm") Map<String, Object> vlm) {

    public ModelSpec {
        file = file == null || file.isBlank() ? "model.onnx" : file;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        preprocessing = preprocessing == null ? Map.of() : Map.copyOf(preprocessing);
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
        batching = batching == null ? Batching.NONE : batching;
        device = device == null || device.isBlank() ? "cpu" : device;
        vlm = vlm == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vlm));
    }

    /** A spec for a model file that came without model.yaml: only the name, version and file. */
    public static ModelSpec bare(String name, String version) {
        return new ModelSpec(name, version, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** One named input or output tensor; -1 marks a dynamic dimension. */
    public record TensorSpec(@JsonProperty("name") String name,
                             @JsonProperty("dtype") String dtype,
                             @JsonProperty("shape") List<Long> shape) {
    }

    /** Dynamic batching of single requests into one inference call. */
    public record Batching(@JsonProperty("max_batch") int maxBatch,
                           @JsonProperty("max_queue_delay_us") long maxQueueDelayUs) {
        public static final Batching NONE = new Batching(1, 0);
    }
}
