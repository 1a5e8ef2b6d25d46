package dev.ltl.relevance.text;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A Lucene token stream over tokens we produced ourselves, so the index sees exactly the reference's
 * {@code [A-Za-z0-9]+} lower-cased tokens (no analyzer, stemming or stop words in between).
 */
final class TokenListStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> tokens;
    private Iterator<String> next;

    TokenListStream(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = tokens.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (next == null || !next.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(next.next());
        return true;
    }
}
