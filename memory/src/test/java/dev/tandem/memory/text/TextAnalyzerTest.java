package dev.tandem.memory.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void irregularFormsAreTheirWord() {
        assertThat(analyzer.terms("bought")).isEqualTo(analyzer.terms("buy")).isEqualTo(analyzer.terms("buying"));
        assertThat(analyzer.terms("met")).isEqualTo(analyzer.terms("meet"));
        assertThat(analyzer.terms("broke broken")).containsOnly(analyzer.terms("break").get(0));
        assertThat(analyzer.terms("Children")).isEqualTo(analyzer.terms("child"));
        assertThat(analyzer.terms("wrote written")).containsOnly(analyzer.terms("writes").get(0));
    }

    @Test
    void formsThatAreOtherWordsOrNamesStayThemselves() {
        assertThat(analyzer.terms("left")).isNotEqualTo(analyzer.terms("leave"));
        assertThat(analyzer.terms("saw")).isNotEqualTo(analyzer.terms("see"));
        assertThat(analyzer.terms("Drew")).isNotEqualTo(analyzer.terms("draw"));
        assertThat(analyzer.terms("Rose")).isNotEqualTo(analyzer.terms("rise"));
    }

    @Test
    void regularWordsAreStemmedAsBefore() {
        assertThat(analyzer.terms("running runs")).containsOnly("run");
        assertThat(analyzer.terms("the knee's")).containsExactly("knee");
    }
}
