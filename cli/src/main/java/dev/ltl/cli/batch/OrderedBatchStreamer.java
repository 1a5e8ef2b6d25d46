package dev.ltl.cli.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

/**
 * Streams a JSON Lines batch through one bidirectional gRPC call and writes one output line per
 * non-blank input line, in input order.
 *
 * <ul>
 *   <li>At most {@code window} lines are read but not yet written; together with the call's own
 *       readiness this keeps memory flat however large the input is.</li>
 *   <li>Lines that are not JSON, or miss required fields, get an {@code INVALID_ARGUMENT} line and
 *       are never sent.</li>
 *   <li>A per-item error inside the stream becomes that line's error line; the batch goes on.</li>
 *   <li>When the whole call fails, every line not yet answered (including lines not yet read) gets
 *       an error line with the call's status, and the summary reports the stream failure.</li>
 * </ul>
 *
 * <p>Blank lines are skipped and produce no output. The streamer is reusable: every
 * {@link #stream} call opens its own gRPC call (lazily, at the first line to send).
 *
 * @param <Req>  request message of the bidi RPC
 * @param <Resp> response message of the bidi RPC
 */
public final class OrderedBatchStreamer<Req, Resp> {

    private final BatchCodec<Req, Resp> codec;
    private final BidiStreamOpener<Req, Resp> opener;
    private final int window;

    /**
     * @param window how many lines may be pending (read, not yet written) at once; at least 1
     */
    public OrderedBatchStreamer(BatchCodec<Req, Resp> codec, BidiStreamOpener<Req, Resp> opener, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        this.codec = codec;
        this.opener = opener;
        this.window = window;
    }

    /**
     * Runs the whole batch on the calling thread. The writer is flushed, not closed.
     *
     * @throws IOException          reading the input or writing the output failed (the call is cancelled)
     * @throws InterruptedException the calling thread was interrupted (the call is cancelled)
     */
    public BatchSummary stream(BufferedReader input, Writer output) throws IOException, InterruptedException {
        return new StreamSession<>(codec, opener, window, input, new OutputLines(output)).run();
    }
}
