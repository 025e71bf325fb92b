package io.wirecopy.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    static final String ROBOTS = """
            # a site's robots.txt
            User-agent: *
            Disallow: /private/
            Allow: /private/press/
            Disallow: /*.pdf$

            User-agent: Wirecopy
            User-agent: OtherBot
            Disallow: /archive
            Allow: /archive/public
            """;

    @Test
    void theMostSpecificGroupAndItsLongestRuleDecide() {
        RobotsRules star = RobotsRules.parse(ROBOTS, "SomeBot");
        assertThat(star.allows("/news/1")).isTrue();
        assertThat(star.allows("/private/x")).isFalse();
        assertThat(star.allows("/private/press/release")).isTrue();
        assertThat(star.allows("/files/report.pdf")).isFalse();
        assertThat(star.allows("/files/report.pdf?x=1")).isTrue();
        RobotsRules mine = RobotsRules.parse(ROBOTS, "Wirecopy");
        assertThat(mine.allows("/private/x")).as("our own group replaces *").isTrue();
        assertThat(mine.allows("/archive/2014")).isFalse();
        assertThat(mine.allows("/archive/public/1")).isTrue();
    }

    @Test
    void emptyBrokenAndHostileFilesAreBounded() {
        assertThat(RobotsRules.parse("", "Wirecopy").allows("/")).isTrue();
        assertThat(RobotsRules.parse("garbage\n:::\nDisallow:", "Wirecopy").allows("/x")).isTrue();
        assertThat(RobotsRules.disallowAll().allows("/")).isFalse();
        String stars = "User-agent: *\nDisallow: /" + "*a".repeat(200) + "b\n";
        long start = System.nanoTime();
        assertThat(RobotsRules.parse(stars, "Wirecopy").allows("/" + "a".repeat(2000))).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }
}
