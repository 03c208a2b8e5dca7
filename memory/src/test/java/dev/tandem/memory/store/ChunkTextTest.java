package dev.tandem.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkTextTest {

    @Test
    void aPassageIsReadUnderItsDocumentsNameWithoutTheExtension() {
        assertThat(ChunkText.withItsPlace("booking confirmation.txt", "", null, "Casa do Limoeiro, Rua da Rosa 112"))
                .isEqualTo("booking confirmation\nCasa do Limoeiro, Rua da Rosa 112");
        assertThat(ChunkText.withItsPlace("tenancy_agreement-2024.pdf", "", null, "Notice: two months."))
                .isEqualTo("tenancy agreement 2024\nNotice: two months.");
    }

    @Test
    void theHeadingFollowsTheNameUnlessThePassageBeginsWithIt() {
        assertThat(ChunkText.withItsPlace("Paris.md", "Sunday", null, "Marais and the flea market"))
                .isEqualTo("Paris\nSunday\nMarais and the flea market");
        assertThat(ChunkText.withItsPlace("Paris.md", "Sunday", null, "Sunday\nMarais and the flea market"))
                .isEqualTo("Paris\nSunday\nMarais and the flea market");
    }

    @Test
    void aDocumentThatOpensWithItsNameHasItAsATitleReadWithTheFirstPassageOnly() {
        String opening = "High-dose vitamin D and falls\n\nWe studied";
        assertThat(ChunkText.withItsPlace("High-dose vitamin D and falls", "", opening, opening)).isEqualTo(opening);
        assertThat(ChunkText.withItsPlace("High-dose vitamin D and falls", "", opening, "Results: fewer falls."))
                .isEqualTo("Results: fewer falls.");
    }
}
