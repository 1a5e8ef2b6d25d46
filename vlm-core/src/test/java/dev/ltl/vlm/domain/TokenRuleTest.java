package dev.ltl.vlm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The patch_grid rule: (r / P)² tokens, only for whole numbers of patches. */
class TokenRuleTest {

    @Test
    void referenceBudgetTokens() {
        // ltl-ave-reference §1.4 / §6: g = r/16 → 7², 10², 14², 22², 28².
        assertThat(TokenRule.REFERENCE.tokens(112)).isEqualTo(49);
        assertThat(TokenRule.REFERENCE.tokens(160)).isEqualTo(100);
        assertThat(TokenRule.REFERENCE.tokens(224)).isEqualTo(196);
        assertThat(TokenRule.REFERENCE.tokens(352)).isEqualTo(484);
        assertThat(TokenRule.REFERENCE.tokens(448)).isEqualTo(784);
    }

    @Test
    void resolutionsThatAreNotWholePatchesAreRejected() {
        assertThat(TokenRule.REFERENCE.accepts(100)).isFalse();
        assertThat(TokenRule.REFERENCE.accepts(0)).isFalse();
        assertThat(TokenRule.REFERENCE.accepts(-16)).isFalse();
        assertThatThrownBy(() -> TokenRule.REFERENCE.tokens(230)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("230").hasMessageContaining("16");
        assertThatThrownBy(() -> new TokenRule(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void tokensAreTheSquaredGridSide(@ForAll @IntRange(min = 1, max = 64) int grid,
                                     @ForAll @IntRange(min = 1, max = 32) int patch) {
        TokenRule rule = new TokenRule(patch);
        assertThat(rule.tokens(grid * patch)).isEqualTo((long) grid * grid);
        if (patch > 1) {
            assertThat(rule.accepts(grid * patch + 1)).isFalse();
        }
    }
}
