package dev.ltl.eval.qa;

import dev.ltl.eval.artifacts.ArtifactJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The bucket report (spec §4): per metadata bucket ({@code type=CH}, {@code question_type=…}) and
 * per q̄ tercile, each method's {n, acc, invalid_rate} and its paired {@code delta_vs_uniform} with
 * bucket significance ({@link PairedBootstrap#significance}, n_boot 5000 in the spec).
 *
 * <p>Choices (spec silent, [AMBIG]):
 * <ul>
 *   <li>An item's metadata is taken from its rows, the first method in {@code methods} order that
 *       carries the key winning; items without the key are in no bucket of that key.</li>
 *   <li>An item's q̄ comes from one method's rows ({@code qbarMethod}); by default {@code audio}
 *       when it ran with a q̄, else the first method in {@code methods} order whose rows carry a
 *       q̄. Tercile edges are numpy's linear quantiles 0.33 and 0.66 of the items' q̄; an item is
 *       {@code low} when q̄ ≤ edge₁, {@code mid} when q̄ ≤ edge₂, else {@code high}.</li>
 *   <li>Every bucket's bootstrap is seeded with {@code seed} itself (independent of bucket order).</li>
 * </ul>
 *
 * @param qbarMethod the method whose q̄ defined the terciles, null when no row had a q̄
 * @param qbarEdges  the two tercile edges (empty without q̄)
 * @param buckets    metadata buckets (keys in the given order, values sorted), then q̄ terciles
 */
public record BucketReport(int nBoot, long seed, String qbarMethod, List<Double> qbarEdges, List<Bucket> buckets) {

    /** The q̄ tercile bucket key. */
    public static final String QBAR_TERCILE_KEY = "qbar_tercile";
    /** The preferred q̄ source method. */
    public static final String DEFAULT_QBAR_METHOD = "audio";
    /** Rows per list in the markdown. */
    public static final int TOP_N = 10;

    private static final double[] TERCILE_QUANTILES = {0.33, 0.66};
    private static final String[] TERCILE_NAMES = {"low", "mid", "high"};

    /**
     * One bucket.
     *
     * @param bucket         {@code key=value}
     * @param nItems         items in the bucket
     * @param byMethod       per method in run order
     * @param deltaVsUniform per non-uniform method: paired difference with significance
     */
    public record Bucket(String bucket, String key, String value, int nItems, Map<String, Rates> byMethod,
                         Map<String, BucketSignificance> deltaVsUniform) {
    }

    /** {@code {n, acc, invalid_rate}} of one method in one bucket (NaN rates when n = 0). */
    public record Rates(int n, double acc, double invalidRate) {
    }

    /** The report with the default q̄ method (see the class comment). */
    public static BucketReport compute(List<QaPrediction> rows, List<String> methods, List<String> bucketKeys,
                                       int nBoot, long seed) {
        return compute(rows, methods, bucketKeys, nBoot, seed, null);
    }

    /** The report with q̄ taken from {@code qbarMethod} (null: the default choice). */
    public static BucketReport compute(List<QaPrediction> rows, List<String> methods, List<String> bucketKeys,
                                       int nBoot, long seed, String qbarMethod) {
        Map<String, Map<String, QaPrediction>> byMethod = QaMetrics.indexByMethodAndQid(rows, methods);
        List<Bucket> buckets = new ArrayList<>();
        for (String key : bucketKeys) {
            Map<String, List<String>> qidsByValue = new TreeMap<>();
            itemMetadata(byMethod, key).forEach((qid, value) ->
                    qidsByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(qid));
            qidsByValue.forEach((value, qids) -> buckets.add(bucket(key, value, qids, byMethod, nBoot, seed)));
        }
        String source = qbarMethod != null ? qbarMethod : defaultQbarMethod(byMethod);
        List<Double> edges = List.of();
        if (source != null && byMethod.containsKey(source)) {
            Map<String, Double> qbars = new TreeMap<>();
            byMethod.get(source).forEach((qid, row) -> {
                if (row.qBar() != null) {
                    qbars.put(qid, row.qBar());
                }
            });
            if (!qbars.isEmpty()) {
                edges = tercileEdges(qbars.values().stream().mapToDouble(Double::doubleValue).toArray());
                Map<String, List<String>> qidsByTercile = new LinkedHashMap<>();
                for (String name : TERCILE_NAMES) {
                    qidsByTercile.put(name, new ArrayList<>());
                }
                for (Map.Entry<String, Double> e : qbars.entrySet()) {
                    qidsByTercile.get(tercile(e.getValue(), edges)).add(e.getKey());
                }
                for (Map.Entry<String, List<String>> e : qidsByTercile.entrySet()) {
                    if (!e.getValue().isEmpty()) {
                        buckets.add(bucket(QBAR_TERCILE_KEY, e.getKey(), e.getValue(), byMethod, nBoot, seed));
                    }
                }
            } else {
                source = null;
            }
        } else {
            source = null;
        }
        return new BucketReport(nBoot, seed, source, edges, List.copyOf(buckets));
    }

    /** The two tercile edges: numpy {@code quantile(q̄, [0.33, 0.66])} with the linear rule. */
    public static List<Double> tercileEdges(double[] qbars) {
        double[] sorted = qbars.clone();
        Arrays.sort(sorted);
        return Arrays.stream(TERCILE_QUANTILES).mapToObj(q -> LinearPercentile.ofSorted(sorted, q * 100)).toList();
    }

    /** The tercile name of a q̄ given the two edges. */
    public static String tercile(double qbar, List<Double> edges) {
        if (qbar <= edges.get(0)) {
            return TERCILE_NAMES[0];
        }
        return qbar <= edges.get(1) ? TERCILE_NAMES[1] : TERCILE_NAMES[2];
    }

    /** Writes the JSON report atomically. */
    public void writeJson(Path file) {
        ArtifactJson.write(file, this);
    }

    /** Writes {@link #toMarkdown()}. */
    public void writeMarkdown(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, toMarkdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** One (bucket, method) difference, as listed in the markdown. */
    public record Entry(String bucket, String method, BucketSignificance delta) {
    }

    /** Up to {@link #TOP_N} (bucket, method) pairs with the largest positive mean difference. */
    public List<Entry> topHelpful() {
        return entries().stream().filter(e -> e.delta().mean() > 0)
                .sorted(Comparator.comparingDouble((Entry e) -> -e.delta().mean()).thenComparing(Entry::bucket)
                        .thenComparing(Entry::method))
                .limit(TOP_N).toList();
    }

    /** Up to {@link #TOP_N} (bucket, method) pairs with the most negative mean difference. */
    public List<Entry> topHarmful() {
        return entries().stream().filter(e -> e.delta().mean() < 0)
                .sorted(Comparator.comparingDouble((Entry e) -> e.delta().mean()).thenComparing(Entry::bucket)
                        .thenComparing(Entry::method))
                .limit(TOP_N).toList();
    }

    /** A markdown page with the top helpful and harmful buckets. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# Bucket report\n\n");
        md.append(String.format(Locale.ROOT, "Paired bootstrap vs uniform, n_boot %d, seed %d; significant = n ≥ %d "
                + "and the 95%% CI excludes 0.", nBoot, seed, PairedBootstrap.MIN_SIGNIFICANT_N));
        if (qbarMethod != null) {
            md.append(String.format(Locale.ROOT, " q̄ terciles from `%s`, edges %.4f / %.4f.",
                    qbarMethod, qbarEdges.get(0), qbarEdges.get(1)));
        }
        md.append("\n\n");
        table(md, "Top " + TOP_N + " helpful buckets", topHelpful());
        table(md, "Top " + TOP_N + " harmful buckets", topHarmful());
        return md.toString();
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Bucket b : buckets) {
            b.deltaVsUniform().forEach((method, delta) -> {
                if (delta.n() > 0) {
                    entries.add(new Entry(b.bucket(), method, delta));
                }
            });
        }
        return entries;
    }

    private static void table(StringBuilder md, String title, List<Entry> entries) {
        md.append("## ").append(title).append("\n\n");
        if (entries.isEmpty()) {
            md.append("(none)\n\n");
            return;
        }
        md.append("| bucket | method | n | Δ acc | 95% CI | p | significant |\n");
        md.append("|---|---|---:|---:|---|---:|---|\n");
        for (Entry e : entries) {
            BucketSignificance d = e.delta();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %+.4f | [%+.4f, %+.4f] | %.4f | %s |%n",
                    e.bucket(), e.method(), d.n(), d.mean(), d.lo(), d.hi(), d.pTwoSided(),
                    d.significant() ? "yes" : "no"));
        }
        md.append('\n');
    }

    private static Bucket bucket(String key, String value, List<String> qids,
                                 Map<String, Map<String, QaPrediction>> byMethod, int nBoot, long seed) {
        Map<String, Map<String, QaPrediction>> inBucket = new LinkedHashMap<>();
        byMethod.forEach((method, rows) -> {
            Map<String, QaPrediction> mine = new TreeMap<>();
            qids.forEach(q -> {
                if (rows.containsKey(q)) {
                    mine.put(q, rows.get(q));
                }
            });
            inBucket.put(method, mine);
        });
        Map<String, Rates> rates = new LinkedHashMap<>();
        inBucket.forEach((method, rows) -> {
            MethodSummary s = QaMetrics.summarise(method, List.copyOf(rows.values()));
            rates.put(method, new Rates(s.n(), s.acc(), s.invalidRate()));
        });
        Map<String, BucketSignificance> deltas = new LinkedHashMap<>();
        Map<String, QaPrediction> baseline = inBucket.get(QaMetrics.BASELINE);
        if (baseline != null) {
            inBucket.forEach((method, rows) -> {
                if (!method.equals(QaMetrics.BASELINE)) {
                    deltas.put(method, PairedBootstrap.significance(
                            QaMetrics.pairedDifferences(rows, baseline), nBoot, seed));
                }
            });
        }
        return new Bucket(key + "=" + value, key, value, qids.size(), rates, deltas);
    }

    /** qid → metadata value of {@code key}, the first method (run order) carrying it winning. */
    private static Map<String, String> itemMetadata(Map<String, Map<String, QaPrediction>> byMethod, String key) {
        Map<String, String> values = new TreeMap<>();
        byMethod.values().forEach(rows -> rows.forEach((qid, row) -> {
            String value = row.meta().get(key);
            if (value != null) {
                values.putIfAbsent(qid, value);
            }
        }));
        return values;
    }

    private static String defaultQbarMethod(Map<String, Map<String, QaPrediction>> byMethod) {
        if (hasQbar(byMethod.get(DEFAULT_QBAR_METHOD))) {
            return DEFAULT_QBAR_METHOD;
        }
        return byMethod.entrySet().stream().filter(e -> hasQbar(e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static boolean hasQbar(Map<String, QaPrediction> rows) {
        return rows != null && rows.values().stream().map(QaPrediction::qBar).anyMatch(Objects::nonNull);
    }
}
