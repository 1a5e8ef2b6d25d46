package dev.ltl.cli.demo;

import dev.ltl.common.media.SyntheticClip;
import dev.ltl.common.media.SyntheticClipWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the clips the demo runs on: the real AVE sample clips when a data directory is there
 * (labels from the official Annotations.txt), otherwise three clips it generates, whose sounds
 * mark known event seconds.
 */
final class DemoClips {
    private DemoClips() {
    }

    static List<DemoClip> fromDirectory(Path clipsDir, Path annotations) throws IOException {
        Map<String, String[]> rows = annotations != null && Files.isRegularFile(annotations)
                ? readAnnotations(annotations) : Map.of();
        List<DemoClip> clips = new ArrayList<>();
        try (Stream<Path> files = Files.list(clipsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".mp4")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.mp4$", "");
                String[] row = rows.get(id);
                SortedSet<Integer> events = new TreeSet<>();
                String label = "unlabelled";
                if (row != null) {
                    label = row[0];
                    double start = Double.parseDouble(row[3]);
                    double end = Double.parseDouble(row[4]);
                    // Reference labelling: second t is an event if [t, t+1) overlaps [start, end] positively.
                    for (int t = 0; t < 10; t++) {
                        if (Math.min(t + 1, end) - Math.max(t, start) > 0) {
                            events.add(t);
                        }
                    }
                }
                clips.add(new DemoClip(id, file, label, events));
            }
        }
        return clips;
    }

    /** Three 10-s clips whose event seconds are marked by sounds and a visible object. */
    static List<DemoClip> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<DemoClip> clips = new ArrayList<>();
        clips.add(write(dir, "synthetic-tone-5-6", "tone burst", 11,
                SyntheticClip.quiet(10, 11), new int[] {5, 6}, new SyntheticClip.Tone(1000)));
        clips.add(write(dir, "synthetic-noise-2-4", "noise burst", 12,
                SyntheticClip.quiet(10, 12), new int[] {2, 3, 4}, new SyntheticClip.Noise()));
        clips.add(write(dir, "synthetic-chirp-8", "chirp", 13,
                SyntheticClip.quiet(10, 13), new int[] {8}, new SyntheticClip.Chirp(400, 3000)));
        return clips;
    }

    private static DemoClip write(Path dir, String id, String label, long seed, SyntheticClip base, int[] seconds,
                                  SyntheticClip.Sound sound) throws IOException {
        SyntheticClip clip = base;
        SortedSet<Integer> events = new TreeSet<>();
        for (int second : seconds) {
            clip = clip.withAudioEvent(second, sound, 0.4).withVisualEvent(second, 0xE0C030);
            events.add(second);
        }
        Path file = dir.resolve(id + ".mp4");
        SyntheticClipWriter.writeMp4(file, clip);
        return new DemoClip(id, file, label + " (generated, seed " + seed + ")", events);
    }

    private static Map<String, String[]> readAnnotations(Path annotations) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(annotations)) {
            String[] fields = line.split("&");
            if (fields.length == 5) {
                rows.put(fields[1], fields);
            }
        }
        return rows;
    }
}
