package dev.ltl.cli.batch;

/**
 * One output line, already serialised, and whether it reports success.
 *
 * @param json the JSON object, on one line, without the line terminator
 * @param ok   {@code false} when the line carries an {@code "error"} object
 */
public record LineOutput(String json, boolean ok) {
}
