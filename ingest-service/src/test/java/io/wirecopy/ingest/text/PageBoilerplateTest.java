package io.wirecopy.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageBoilerplateTest {

    static String page(String story) {
        return story + "\n\nIndependent journalism needs your support. Become a member today.";
    }

    @Test
    void aParagraphEveryPageOfASiteCarriesIsDroppedFromTheThirdOnward() {
        SourceBoilerplate learned = new SourceBoilerplate(2, 100, 100);
        assertThat(PageBoilerplate.without(page("First story of the day."), "site.example", learned))
                .contains("Become a member");
        assertThat(PageBoilerplate.without(page("Second story of the day."), "site.example", learned))
                .contains("Become a member");
        assertThat(PageBoilerplate.without(page("Third story of the day."), "site.example", learned))
                .isEqualTo("Third story of the day.");
        assertThat(PageBoilerplate.without(page("A story elsewhere."), "other.example", learned))
                .as("another site has learned nothing").contains("Become a member");
        String onlyBoilerplate = "Independent journalism needs your support. Become a member today.";
        assertThat(PageBoilerplate.without(onlyBoilerplate, "site.example", learned))
                .as("a page is never emptied").isEqualTo(onlyBoilerplate);
    }
}
