package dev.ltl.vlm.domain;

/**
 * The output for one submitted item and how it was computed.
 *
 * @param value          the item's output
 * @param batchSize      number of items in the run that computed it
 * @param queueNanos     time from submission until its batch started running
 * @param inferenceNanos duration of the batch run
 */
public record BatchedResult<O>(O value, int batchSize, long queueNanos, long inferenceNanos) {
}
