package io.wirecopy.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void detectsTheLanguageOfArticleText() {
        assertThat(Languages.detect("The port of Valdora stayed closed for a third day on Wednesday as dock workers "
                + "continued their strike against plans to automate two container terminals.")).isEqualTo("en");
        assertThat(Languages.detect("Le port de Valdora est resté fermé pour le troisième jour consécutif mercredi, "
                + "les dockers poursuivant leur grève contre l'automatisation de deux terminaux.")).isEqualTo("fr");
        assertThat(Languages.detect("Der Hafen von Valdora blieb am Mittwoch den dritten Tag in Folge geschlossen, "
                + "weil die Hafenarbeiter ihren Streik gegen die Automatisierung fortsetzten.")).isEqualTo("de");
        assertThat(Languages.detect("Порт Вальдора оставался закрытым третий день подряд в среду, так как докеры "
                + "продолжали забастовку против автоматизации двух терминалов.")).isEqualTo("ru");
    }

    @Test
    void shortTextHasNoLanguageRatherThanAGuess() {
        assertThat(Languages.detect("Kerry said so.")).isNull();
        assertThat(Languages.detect(null)).isNull();
    }
}
