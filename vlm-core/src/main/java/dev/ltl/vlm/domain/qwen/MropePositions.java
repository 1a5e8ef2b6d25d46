package dev.ltl.vlm.domain.qwen;

import java.util.List;

/**
 * Multimodal rotary position ids (M-RoPE) of a Qwen-VL prompt, following Qwen2-VL's {@code get_rope_index}
 * for images: three axes (temporal, height, width).
 * <ul>
 *   <li>A text token gets (p, p, p), where p continues from the previous maximum + 1 (0 at the start).</li>
 *   <li>An image block — the run of image-pad tokens right after a vision-start token — starts at
 *       s = previous maximum + 1; its merged-grid token at frame t, row r, column c gets (s + t, s + r, s + c)
 *       (t = 0 for a still image, whose gridT is 1).</li>
 *   <li>Text after an image therefore continues at s + max(gridT, gridH/m, gridW/m).</li>
 * </ul>
 * Decode steps after the prompt use {@link #ropeDelta}: the token at sequence index i gets i + delta on all axes.
 */
public final class MropePositions {

    private MropePositions() {
    }

    /**
     * Position ids of a whole prompt.
     *
     * @param inputIds     the prompt after image-pad expansion
     * @param gridsThw     per image in prompt order, {@code image_grid_thw} = {gridT, gridH, gridW} in patches
     * @param mergeSize    spatial merge (tokens = gridT · gridH/m · gridW/m)
     * @return [3][L]: temporal, height, width positions
     * @throws IllegalArgumentException when image blocks and grids disagree (count or length), or an image pad
     *                                  stands outside a block
     */
    public static long[][] compute(int[] inputIds, List<int[]> gridsThw, int imagePadId, int visionStartId,
                                   int mergeSize) {
        int length = inputIds.length;
        long[][] positions = new long[3][length];
        long next = 0;
        int image = 0;
        int i = 0;
        while (i < length) {
            boolean blockStart = inputIds[i] == imagePadId && i > 0 && inputIds[i - 1] == visionStartId;
            if (inputIds[i] == imagePadId && !blockStart) {
                throw new IllegalArgumentException("image pad at index " + i + " does not follow a vision-start "
                        + "token or overruns its image's token count");
            }
            if (!blockStart) {
                positions[0][i] = next;
                positions[1][i] = next;
                positions[2][i] = next;
                next++;
                i++;
                continue;
            }
            if (image >= gridsThw.size()) {
                throw new IllegalArgumentException("prompt has more image blocks than the " + gridsThw.size()
                        + " grids given");
            }
            int[] grid = gridsThw.get(image++);
            int gridT = grid[0];
            int rows = grid[1] / mergeSize;
            int cols = grid[2] / mergeSize;
            int tokens = gridT * rows * cols;
            if (i + tokens > length) {
                throw new IllegalArgumentException("image block at index " + i + " needs " + tokens
                        + " pads but the prompt ends first");
            }
            for (int t = 0; t < gridT; t++) {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        if (inputIds[i] != imagePadId) {
                            throw new IllegalArgumentException("image block ends at index " + i + " after fewer than "
                                    + tokens + " pads");
                        }
                        // Qwen2-VL's temporal offset is t; a still image has gridT = 1, so it is 0.
                        positions[0][i] = next + t;
                        positions[1][i] = next + r;
                        positions[2][i] = next + c;
                        i++;
                    }
                }
            }
            next += Math.max(gridT, Math.max(rows, cols));
        }
        if (image != gridsThw.size()) {
            throw new IllegalArgumentException("prompt has " + image + " image blocks but " + gridsThw.size()
                    + " grids were given");
        }
        return positions;
    }

    /** max position + 1 − L: add it to a sequence index to get a decode token's position. 0 for text only. */
    public static long ropeDelta(long[][] positions) {
        int length = positions[0].length;
        long max = -1;
        for (long[] axis : positions) {
            for (long p : axis) {
                max = Math.max(max, p);
            }
        }
        return max + 1 - length;
    }

    /** Position (same on all three axes) of the token at sequence index {@code sequenceIndex} during decoding. */
    public static long decodePosition(int sequenceIndex, long ropeDelta) {
        return sequenceIndex + ropeDelta;
    }
}
