package dev.ltl.vlm.domain.qwen;

/**
 * Reads the chosen option from generated text the way the reference {@code generate} strategy does:
 * the first match of {@code \b[A-X]\b} (X = the last option's letter), else invalid.
 */
public final class LetterParser {

    private LetterParser() {
    }

    /**
     * 0-based index of the first standalone option letter in {@code text}, or -1.
     *
     * <p>Standalone means neither neighbour is a word character (a Unicode letter or digit, or '_', as Python's
     * {@code \b} sees it), so "B", "(D)", "C." and "answer: A" count while "AB" or "B2" do not. Upper case only
     * (choice, as the reference regex is case-sensitive): a lower-case "a" is too often the English article.
     * Letters past the option count are skipped and the search goes on, as a regex over [A-X] would.
     */
    public static int firstStandaloneLetter(String text, int numOptions) {
        if (numOptions < 0 || numOptions > 26) {
            throw new IllegalArgumentException("numOptions must be in 0..26, got " + numOptions);
        }
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int index = ch - 'A';
            if (index < 0 || index >= numOptions) {
                continue;
            }
            boolean startsWord = i == 0 || !isWordChar(text.charAt(i - 1));
            boolean endsWord = i + 1 == text.length() || !isWordChar(text.charAt(i + 1));
            if (startsWord && endsWord) {
                return index;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }
}
