package dev.ltl.planner.domain;

/**
 * A port of CPython's {@code random.Random} core (MT19937 seeded by {@code init_by_array} from
 * an integer seed), enough to replay the reference's random-anchor draws bit for bit: §4.1
 * test vector Random(0).sample(range(10), 2) → [6, 9], [0, 4], [8, 7], [6, 4].
 * Not thread-safe (like Python's generator, it is a stateful stream).
 */
public final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int mti;

    /** Seeds like {@code random.Random(seed)}: the absolute value, split into 32-bit words. */
    public PythonRandom(long seed) {
        // Math.abs(Long.MIN_VALUE) stays negative, but its bit pattern is 2^63 read unsigned.
        long magnitude = Math.abs(seed);
        int low = (int) magnitude;
        int high = (int) (magnitude >>> 32);
        initByArray(high == 0 ? new int[] {low} : new int[] {low, high});
    }

    private PythonRandom(int[] key) {
        initByArray(key);
    }

    /**
     * Seeds like {@code random.Random(n)} for a non-negative n below 2^64 given as its 64 bits read
     * unsigned (e.g. the first 8 bytes of an md5 digest, which can exceed {@code Long.MAX_VALUE}).
     */
    public static PythonRandom ofUnsigned64(long bits) {
        int low = (int) bits;
        int high = (int) (bits >>> 32);
        return new PythonRandom(high == 0 ? new int[] {low} : new int[] {low, high});
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32-bit output, as an unsigned value in a long. */
    public long nextUInt32() {
        if (mti >= N) {
            twist();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void twist() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        mti = 0;
    }

    /** {@code getrandbits(k)} for 0 ≤ k ≤ 63: 32-bit words least significant first, top bits of the last. */
    public long getrandbits(int k) {
        if (k < 0 || k > 63) {
            throw new IllegalArgumentException("k must be in [0, 63], got " + k);
        }
        long result = 0;
        for (int shift = 0; k > 0; shift += 32, k -= 32) {
            long word = nextUInt32();
            if (k < 32) {
                word >>>= 32 - k;
            }
            result |= word << shift;
        }
        return result;
    }

    /** {@code _randbelow(n)}: rejection sampling on getrandbits(bit_length(n)); 0 for n = 0. */
    public int randbelow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        if (n == 0) {
            return 0;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(n);
        long r = getrandbits(bits);
        while (r >= n) {
            r = getrandbits(bits);
        }
        return (int) r;
    }

    /** {@code random()}: a double in [0, 1) with 53 random bits. */
    public double random() {
        long a = nextUInt32() >>> 5;
        long b = nextUInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * {@code sample(range(n), k)}: k distinct values in draw order. Uses Python's pool
     * algorithm when n ≤ setsize, otherwise its rejection-set algorithm, so both agree with Python.
     */
    public int[] sample(int n, int k) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("sample larger than population or negative: n=" + n + ", k=" + k);
        }
        int[] result = new int[k];
        if (n <= setSize(k)) {
            int[] pool = new int[n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.Set<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = randbelow(n);
                while (selected.contains(j)) {
                    j = randbelow(n);
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    /** Python's threshold: 21, plus 4^ceil(log_4(3k)) for k > 5 (the size of a small set). */
    private static long setSize(int k) {
        long size = 21;
        if (k > 5) {
            size += (long) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
        }
        return size;
    }
}
