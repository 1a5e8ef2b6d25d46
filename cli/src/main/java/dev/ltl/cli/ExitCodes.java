package dev.ltl.cli;

/**
 * Process exit codes of every {@code ltl} command, so scripts can tell "some lines failed" from
 * "the service could not be reached".
 */
public final class ExitCodes {

    /** Every line succeeded (or, for non-batch commands, the call succeeded). */
    public static final int OK = 0;
    /** The stream or call failed (service unreachable, deadline, stream aborted) or an I/O error. */
    public static final int TRANSPORT_FAILURE = 1;
    /** The batch ran to its end but at least one line carries an error. */
    public static final int LINE_ERRORS = 2;
    /**
     * Bad command line or unreadable input/config file. Picocli's default for this is 2, which would
     * be indistinguishable from {@link #LINE_ERRORS}; 64 is the BSD {@code EX_USAGE} convention.
     */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
