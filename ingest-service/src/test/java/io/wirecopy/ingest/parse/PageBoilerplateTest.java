package io.wirecopy.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageBoilerplateTest {

    static ArticleDraft page(String story) {
        return new ArticleDraft("https://site.example/" + story.hashCode(), null, "T", null, null, null,
                story + "\n\nIndependent journalism needs your support. Become a member today.");
    }

    @Test
    void aParagraphEveryPageOfASiteCarriesIsDroppedFromTheThirdOnward() {
        SourceBoilerplate learned = new SourceBoilerplate(2, 100, 100);
        assertThat(PageBoilerplate.without(page("First story of the day."), "site.example", learned).text())
                .contains("Become a member");
        assertThat(PageBoilerplate.without(page("Second story of the day."), "site.example", learned).text())
                .contains("Become a member");
        assertThat(PageBoilerplate.without(page("Third story of the day."), "site.example", learned).text())
                .isEqualTo("Third story of the day.");
        assertThat(PageBoilerplate.without(page("A story elsewhere."), "other.example", learned).text())
                .as("another site has learned nothing").contains("Become a member");
        ArticleDraft onlyBoilerplate = new ArticleDraft(null, null, null, null, null, null,
                "Independent journalism needs your support. Become a member today.");
        assertThat(PageBoilerplate.without(onlyBoilerplate, "site.example", learned).text())
                .as("a page is never emptied").isEqualTo(onlyBoilerplate.text());
    }
}
