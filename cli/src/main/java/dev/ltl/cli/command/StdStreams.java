package dev.ltl.cli.command;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Standard streams a command may wrap and close like files without closing the process's own
 * stdin/stdout (which later output, or a test, may still use).
 */
final class StdStreams {

    private StdStreams() {
    }

    static InputStream closeShielded(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // Not ours to close.
            }
        };
    }

    static OutputStream closeShielded(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                // FilterOutputStream would write byte by byte.
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
