package dev.ltl.vlm.domain.qwen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LetterParserTest {

    @ParameterizedTest(name = "\"{0}\" with {1} options → {2}")
    @CsvSource(delimiter = '|', value = {
            "B|5|1",
            "The answer is C.|5|2",
            "(D)|5|3",
            "AB|5|-1",
            "AB C|5|2",
            "a|5|-1",               // lower case is not accepted (choice: the reference regex is upper-case)
            "answer: a or b|5|-1",
            "F|5|-1",               // beyond the option count
            "F, then B|5|1",        // out-of-range letters are skipped, the search goes on
            "E|5|4",
            "Z|26|25",
            "B2 or C_|5|-1",        // digits and underscores are word characters
            "éB|5|-1",              // so are non-ASCII letters
            "«A»|5|0",
            "''|5|-1",
            "A|0|-1",               // an open question has no option letters
    })
    void findsTheFirstStandaloneOptionLetter(String text, int numOptions, int expected) {
        assertThat(LetterParser.firstStandaloneLetter(text, numOptions)).isEqualTo(expected);
    }
}
