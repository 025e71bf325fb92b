package io.wirecopy.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void datelinesOfTheCommonForms() {
        assertThat(Datelines.find("TEHRAN, April 7 (Reuters) - Iran said on Monday it had received a request."))
                .isEqualTo(new Datelines.Found("TEHRAN, April 7 (Reuters) -", List.of("Reuters")));
        assertThat(Datelines.find("Baku-APA. The United States would be open to cooperating with Iran."))
                .isEqualTo(new Datelines.Found("Baku-APA.", List.of("APA")));
        assertThat(Datelines.find("Reuters: Iran said on Monday it had received a request for talks."))
                .isEqualTo(new Datelines.Found("Reuters:", List.of("Reuters")));
        assertThat(Datelines.find("WASHINGTON — The White House said on Friday that talks would resume."))
                .isEqualTo(new Datelines.Found("WASHINGTON —", List.of()));
        assertThat(Datelines.find("NEW YORK, June 3 - Stocks rose on Tuesday."))
                .isEqualTo(new Datelines.Found("NEW YORK, June 3 -", List.of()));
    }

    @Test
    void creditsAnywhereInTheText() {
        assertThat(Datelines.find("Iran said it would help. (Reporting by Parisa Hafezi; Associated Press)\nSource: AFP"))
                .isEqualTo(new Datelines.Found(null, List.of("AP", "AFP")));
        assertThat(Datelines.find("The president said the economy was growing and that exports rose.")).isEqualTo(
                new Datelines.Found(null, List.of()));
    }
}
