package dev.ltl.cli.demo;

import java.nio.file.Path;
import java.util.SortedSet;

/** A clip the demo scores and plans, with its annotated event seconds when known. */
record DemoClip(String id, Path file, String label, SortedSet<Integer> eventSeconds) {
}
