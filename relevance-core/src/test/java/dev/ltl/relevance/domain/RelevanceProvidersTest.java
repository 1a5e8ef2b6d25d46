package dev.ltl.relevance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceProvidersTest {
    private static final RelevanceProvider FLAT = new RelevanceProvider() {
        @Override
        public String name() {
            return "asr_bm25";
        }

        @Override
        public RelevanceResult score(RelevanceInput in) {
            return RelevanceResult.of(new double[in.numSeconds()]);
        }
    };

    private final RelevanceProviders providers = RelevanceProviders.builder()
            .add(FLAT, List.of())
            .unavailable("clip", List.of(ModelReadiness.notReady("clip-vit-b32", "1", "not configured")))
            .build();

    @Test
    void aUsableProviderIsReturned() {
        assertThat(providers.require("provider", "asr_bm25")).isSameAs(FLAT);
    }

    @Test
    void anUnknownNameIsAnInputErrorOnTheGivenField() {
        assertThatThrownBy(() -> providers.require("method", "sonar")).isInstanceOf(UnknownProviderException.class)
                .hasMessageContaining("asr_bm25, clip")
                .extracting(e -> ((RelevanceInputException) e).field()).isEqualTo("method");
    }

    @Test
    void anUnavailableProviderNamesTheModel() {
        assertThatThrownBy(() -> providers.require("provider", "clip")).isInstanceOf(ProviderNotReadyException.class)
                .hasMessageContaining("clip-vit-b32@1").hasMessageContaining("not configured");
    }

    @Test
    void describeListsProvidersInRegistrationOrder() {
        assertThat(providers.describe()).extracting(ProviderInfo::name).containsExactly("asr_bm25", "clip");
        assertThat(providers.describe().get(1).models()).singleElement().extracting(ModelReadiness::ready)
                .isEqualTo(false);
    }

    @Test
    void inputValidationNamesFields() {
        assertThatThrownBy(() -> RelevanceInput.ofTranscript(" ", 3, List.of()))
                .isInstanceOf(RelevanceInputException.class).extracting(e -> ((RelevanceInputException) e).field())
                .isEqualTo("question");
        assertThatThrownBy(() -> RelevanceInput.ofTranscript("q", 0, List.of()))
                .extracting(e -> ((RelevanceInputException) e).field()).isEqualTo("num_seconds");
    }

    @Test
    void zeroVectorsHaveCosineZero() {
        assertThat(Vectors.cosine(new float[] {0, 0}, new float[] {1, 0})).isZero();
        assertThat(Vectors.cosine(new float[] {3, 4}, new float[] {6, 8})).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }
}
