package dev.ltl.vlm.onnx.qwen;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three ONNX Runtime sessions of a Qwen-VL export (vision encoder, token embedding, decoder with KV cache)
 * sharing one environment, and typed calls into them. Only float32 graph inputs/outputs are supported (fp32 or
 * weight-quantized exports; not the fp16-I/O variants). Thread-safe: ORT sessions are, and every call keeps its
 * tensors local.
 */
final class QwenGraphSessions implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(QwenGraphSessions.class.getName());

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final QwenModelConfig config;
    private final QwenTensorNames names;
    private final List<OrtSession> opened = new ArrayList<>();
    private final OrtSession visionEncoder;
    private final OrtSession embedTokens;
    private final OrtSession decoder;
    private final String device;

    /**
     * Opens the graphs named in the config from {@code dir}; uses the CUDA provider when the config asks for
     * cuda and the runtime has it, else the CPU (logged).
     *
     * @throws IllegalArgumentException when a file is missing or a graph lacks a contract tensor
     */
    QwenGraphSessions(Path dir, QwenModelConfig config, int intraOpThreads) {
        this.config = config;
        this.names = config.tensors();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
            }
            this.device = chooseDevice(options, config.device());
            this.visionEncoder = open(dir.resolve(config.visionEncoderFile()), options);
            this.embedTokens = open(dir.resolve(config.embedTokensFile()), options);
            this.decoder = open(dir.resolve(config.decoderFile()), options);
            checkContract();
        } catch (OrtException | RuntimeException e) {
            close();
            throw e instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException("cannot load Qwen-VL graphs from " + dir + ": " + e.getMessage(), e);
        }
    }

    /** "cpu" or "cuda:N". */
    String device() {
        return device;
    }

    OrtEnvironment environment() {
        return environment;
    }

    /**
     * Runs the vision encoder over all images' patches at once.
     *
     * @param patches  [numPatches][patchDim] row-major, images concatenated in prompt order
     * @param gridsThw one {t, h, w} row per image
     * @return [tokens][hidden] row-major merged features
     */
    float[] encodeImages(float[] patches, int numPatches, int patchDim, List<int[]> gridsThw) throws OrtException {
        long[] grid = new long[gridsThw.size() * 3];
        for (int i = 0; i < gridsThw.size(); i++) {
            for (int a = 0; a < 3; a++) {
                grid[3 * i + a] = gridsThw.get(i)[a];
            }
        }
        try (OnnxTensor pixels = OnnxTensor.createTensor(environment, FloatBuffer.wrap(patches), new long[] {numPatches, patchDim});
             OnnxTensor grids = OnnxTensor.createTensor(environment, LongBuffer.wrap(grid), new long[] {gridsThw.size(), 3});
             OrtSession.Result result = visionEncoder.run(Map.of(names.pixelValues(), pixels, names.gridThw(), grids),
                     Set.of(names.imageFeatures()))) {
            return floats(result, names.imageFeatures());
        }
    }

    /** [L] ids → [L][hidden] row-major embeddings (batch 1). */
    float[] embed(int[] ids) throws OrtException {
        long[] asLong = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            asLong[i] = ids[i];
        }
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(asLong), new long[] {1, ids.length});
             OrtSession.Result result = embedTokens.run(Map.of(names.inputIds(), input), Set.of(names.tokenEmbeddings()))) {
            return floats(result, names.tokenEmbeddings());
        }
    }

    /**
     * One decoder pass over {@code length} new positions after the cached ones (batch 1, no padding).
     *
     * @param embeds    [length][hidden] row-major
     * @param positions [3][length] M-RoPE position ids
     * @param past      cache of the earlier positions (not closed here)
     * @param keepRows  how many of the last positions' logits to return
     * @return the kept logits and the new cache (past + these positions)
     */
    DecoderPass decode(float[] embeds, int length, long[][] positions, KvCache past, int keepRows) throws OrtException {
        int hidden = config.decoder().hiddenSize();
        long total = past.length() + length;
        long[] mask = new long[Math.toIntExact(total)];
        Arrays.fill(mask, 1L);
        long[] flatPositions = new long[3 * length];
        for (int a = 0; a < 3; a++) {
            System.arraycopy(positions[a], 0, flatPositions, a * length, length);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor embedTensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(embeds), new long[] {1, length, hidden});
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), new long[] {1, total});
             OnnxTensor positionTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(flatPositions), new long[] {3, 1, length})) {
            inputs.put(names.inputsEmbeds(), embedTensor);
            inputs.put(names.attentionMask(), maskTensor);
            inputs.put(names.positionIds(), positionTensor);
            past.addTo(inputs, names);
            OrtSession.Result result = decoder.run(inputs);
            try {
                float[] logits = lastRows(result, length, keepRows);
                return new DecoderPass(logits, keepRows, config.decoder().vocabSize(),
                        KvCache.fromResult(result, names, config.decoder().layers()));
            } catch (RuntimeException e) {
                result.close();
                throw e;
            }
        }
    }

    private float[] lastRows(OrtSession.Result result, int length, int keepRows) {
        int vocab = config.decoder().vocabSize();
        OnnxTensor logits = tensor(result, names.logits());
        long[] shape = logits.getInfo().getShape();
        if (shape.length != 3 || shape[1] != length || shape[2] != vocab) {
            throw new IllegalStateException("decoder logits have shape " + Arrays.toString(shape)
                    + ", expected [1, " + length + ", " + vocab + "]");
        }
        FloatBuffer all = logits.getFloatBuffer();
        float[] kept = new float[keepRows * vocab];
        all.position((length - keepRows) * vocab);
        all.get(kept);
        return kept;
    }

    private static float[] floats(OrtSession.Result result, String name) {
        FloatBuffer buffer = tensor(result, name).getFloatBuffer();
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private static OnnxTensor tensor(OrtSession.Result result, String name) {
        OnnxValue value = result.get(name).orElseThrow(() -> new IllegalStateException("graph gave no output '" + name + "'"));
        if (!(value instanceof OnnxTensor tensor) || tensor.getInfo().type != OnnxJavaType.FLOAT) {
            throw new IllegalStateException("graph output '" + name + "' is not a float32 tensor");
        }
        return tensor;
    }

    private OrtSession open(Path file, OrtSession.SessionOptions options) throws OrtException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Qwen-VL graph file not found: " + file);
        }
        OrtSession session = environment.createSession(file.toString(), options);
        opened.add(session);
        return session;
    }

    private void checkContract() throws OrtException {
        require(visionEncoder, "vision encoder", List.of(names.pixelValues(), names.gridThw()), List.of(names.imageFeatures()));
        require(embedTokens, "token embedding", List.of(names.inputIds()), List.of(names.tokenEmbeddings()));
        List<String> inputs = new ArrayList<>(List.of(names.inputsEmbeds(), names.attentionMask(), names.positionIds()));
        List<String> outputs = new ArrayList<>(List.of(names.logits()));
        for (int i = 0; i < config.decoder().layers(); i++) {
            inputs.addAll(List.of(names.pastKey(i), names.pastValue(i)));
            outputs.addAll(List.of(names.presentKey(i), names.presentValue(i)));
        }
        require(decoder, "decoder", inputs, outputs);
        TensorInfo past = (TensorInfo) decoder.getInputInfo().get(names.pastKey(0)).getInfo();
        long[] shape = past.getShape();
        if (shape.length != 4 || (shape[1] > 0 && shape[1] != config.decoder().kvHeads())
                || (shape[3] > 0 && shape[3] != config.decoder().headDim())) {
            throw new IllegalArgumentException("decoder cache input " + names.pastKey(0) + " has shape "
                    + Arrays.toString(shape) + " but model.yaml says " + config.decoder().kvHeads()
                    + " kv heads of width " + config.decoder().headDim());
        }
    }

    private static void require(OrtSession session, String what, List<String> inputs, List<String> outputs) throws OrtException {
        if (!session.getInputNames().containsAll(inputs) || !session.getOutputNames().containsAll(outputs)) {
            throw new IllegalArgumentException("the " + what + " graph must have inputs " + inputs + " and outputs "
                    + outputs + " but has inputs " + session.getInputNames() + ", outputs " + session.getOutputNames()
                    + " (set other names under vlm.tensors in model.yaml)");
        }
    }

    private static String chooseDevice(OrtSession.SessionOptions options, String wanted) {
        if (!wanted.startsWith("cuda")) {
            return "cpu";
        }
        int id = wanted.contains(":") ? Integer.parseInt(wanted.substring(wanted.indexOf(':') + 1)) : 0;
        try {
            options.addCUDA(id);
            return "cuda:" + id;
        } catch (OrtException | LinkageError | IllegalArgumentException e) {
            // The CPU build of ONNX Runtime (the default, without -Pgpu) has no CUDA provider.
            LOG.log(System.Logger.Level.WARNING, "model.yaml asks for " + wanted
                    + " but the CUDA execution provider is unavailable (" + e.getMessage() + "); running on the CPU");
            return "cpu";
        }
    }

    @Override
    public void close() {
        for (OrtSession session : opened) {
            try {
                session.close();
            } catch (OrtException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot close an ONNX session: " + e.getMessage());
            }
        }
        opened.clear();
    }
}
