package dev.ltl.planner.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The per-item seed SEED + int(sha1("qid|video_id")[:8], 16). Expected values from python3:
 * {@code int(hashlib.sha1("q1|vid1".encode()).hexdigest()[:8], 16)} == 2498171883 (hex 94e713eb).
 */
class ItemSeedsTest {

    @Test
    void hashesTheKeysFirstFourSha1BytesUnsigned() {
        assertThat(ItemSeeds.keyHash("q1|vid1")).isEqualTo(2_498_171_883L);
        // hex fde286c1: the top bit is set, so the value must not come out negative
        assertThat(ItemSeeds.keyHash("0|v_abc")).isEqualTo(4_259_481_281L);
        assertThat(ItemSeeds.keyHash("qid-42|EgoSchema_001")).isEqualTo(1_391_318_961L);
    }

    @Test
    void addsTheHashToTheRunSeed() {
        assertThat(ItemSeeds.key("q1", "vid1")).isEqualTo("q1|vid1");
        assertThat(ItemSeeds.perItemSeed(0, "q1|vid1")).isEqualTo(2_498_171_883L);
        assertThat(ItemSeeds.perItemSeed(7, "q1|vid1")).isEqualTo(2_498_171_890L);
    }

    @Test
    void theRandomMethodDrawsWithThePerItemSeed() {
        // python3: sorted(random.Random(2498171883).sample(range(120), 16))
        assertThat(QaSelectors.random(120, 16, ItemSeeds.perItemSeed(0, "q1|vid1")).selectedSeconds())
                .containsExactly(12, 20, 24, 25, 29, 34, 44, 55, 59, 65, 66, 85, 92, 96, 104, 117);
    }

    @Test
    void aSumBeyond64BitsIsRejectedNamingTheSeed() {
        assertThatThrownBy(() -> ItemSeeds.perItemSeed(Long.MAX_VALUE, "q1|vid1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("seed"));
    }
}
