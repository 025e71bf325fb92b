package io.wirecopy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.TextNormalizer;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.InfrastructureResource;
import io.wirecopy.testing.TopicProbe;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless browser (Debian's chromium, driven by Selenium through chromedriver):
 * search, open a story, read its canonical text with the shared passage marked, its copies and the
 * story that shares the passage. Screenshots (laptop and phone) go to {@code target/}.
 */
@QuarkusIntegrationTest
@WithTestResource(InfrastructureResource.class)
class WebPageIT {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    static final String QUOTE = "Machines do not pay taxes, raise children or spend their wages in this city";

    static Article article(String url, String source, String title, String text) {
        return new Article(ArticleIds.articleId(url, text), url, source, title, null, AT, "en", text,
                ArticleIds.contentHash(text));
    }

    static Passage.Span span(String text, String part) {
        int from = text.indexOf(part);
        List<TextNormalizer.Token> tokens = TextNormalizer.tokenSpans(text);
        int fromWord = (int) tokens.stream().filter(t -> t.end() <= from).count();
        int toWord = (int) tokens.stream().filter(t -> t.start() < from + part.length()).count();
        return new Passage.Span(fromWord, toWord, from, from + part.length());
    }

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";

    /**
     * Without a browser the test is skipped, saying what to install; where {@code WIRECOPY_REQUIRE_BROWSER}
     * is set (CI sets it) a missing browser fails it, so a run that could not drive the page never passes.
     */
    @BeforeAll
    static void needsABrowser() {
        boolean present = Files.isExecutable(Path.of(CHROMEDRIVER)) && Files.isExecutable(Path.of(CHROMIUM));
        String install = "the web page IT needs a headless browser: apt-get install --no-install-recommends chromium "
                + "chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
        if (!present && System.getenv("WIRECOPY_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException(install + "; WIRECOPY_REQUIRE_BROWSER is set, so it may not be skipped");
        }
        Assumptions.assumeTrue(present, install);
    }

    @Test
    void aReaderSearchesOpensAStoryAndSeesItsCopiesAndSharedPassage() throws Exception {
        String tag = "web" + System.nanoTime();
        String wireText = "The port of Valdora stayed closed for a third day " + tag + ".\n\nUnion leader Tomas Reyes said: \""
                + QUOTE + ".\"\n\nThe harbour authority promised that nobody would be dismissed.";
        Article wire = article("https://wire.example/" + tag, "wire.example", "Dock strike shuts Valdora port " + tag, wireText);
        Article copy = article("https://outlet.example/" + tag, "outlet.example", "UPDATE 1-Dock strike shuts Valdora port",
                wireText.substring(0, wireText.lastIndexOf("\n\n")));
        String otherText = "Dockers in Portmarin voted to support the strike " + tag + ". Speakers repeated: \"" + QUOTE
                + ".\" They will refuse overtime.";
        Article other = article("https://other.example/" + tag, "other.example", "Portmarin dockers back Valdora strike " + tag,
                otherText);
        String story = ArticleIds.storyId(wire.id());
        String otherStory = ArticleIds.storyId(other.id());
        Passage.Span inOther = span(otherText, QUOTE);
        Passage.Span inWire = span(wireText, QUOTE);
        String bootstrap = Infrastructure.get().kafkaBootstrapServers();
        for (ArticleDeduplicated e : List.of(
                ArticleDeduplicated.of(wire, story, Relation.NEW, null, 1.0, AT),
                ArticleDeduplicated.of(copy, story, Relation.NEAR, wire.id(), 0.74, List.of(),
                        new io.wirecopy.shared.event.Reuse(1.0, List.of(new io.wirecopy.shared.event.Reuse.Source(wire.id(),
                                story, "wire.example", 1.0))), AT.plusMinutes(1)),
                ArticleDeduplicated.of(other, otherStory, Relation.NEW, null, 1.0,
                        List.of(new Passage(wire.id(), story, inOther.toWord() - inOther.fromWord(), 0, inOther, inWire, QUOTE)),
                        AT.plusMinutes(2)))) {
            TopicProbe.send(bootstrap, Topics.DEDUPE, e.article().id(), EventJson.write(e), null);
        }
        String base = "http://localhost:" + RestAssured.port;
        await().atMost(Duration.ofSeconds(60)).until(() -> RestAssured.given().queryParam("q", tag).get("/stories")
                .jsonPath().getList("items").size() == 2);

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().withLogOutput(System.err).build(), options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(base + "/");
            WebElement search = browser.findElement(By.name("q"));
            search.sendKeys(tag + Keys.ENTER);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.stories li h2 a"), 2));
            assertThat(browser.getTitle()).startsWith(tag);
            List<String> titles = browser.findElements(By.cssSelector("ol.stories li h2 a")).stream().map(WebElement::getText).toList();
            assertThat(titles).containsExactlyInAnyOrder(wire.title(), other.title());
            screenshot(browser, "web-search.png");

            browser.findElement(By.linkText(wire.title())).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article h1")));
            assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isEqualTo(wire.title());
            assertThat(browser.findElements(By.cssSelector("article mark")).stream().map(WebElement::getText).toList())
                    .contains(QUOTE);
            assertThat(browser.findElement(By.cssSelector("article")).getText()).contains("The harbour authority promised");
            List<String> rows = browser.findElements(By.cssSelector("section table tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).contains("wire.example", "CANONICAL", "100%");
            assertThat(rows.get(1)).contains("outlet.example", "NEAR", "74%", "100% of this article is in the wire.example copy");
            assertThat(browser.findElement(By.linkText(other.title())).getAttribute("href")).endsWith("/story/" + otherStory);
            screenshot(browser, "web-story.png");

            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article mark")));
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
            screenshot(browser, "web-story-phone.png");

            browser.findElement(By.linkText(other.title())).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("article h1"), other.title()));
            assertThat(browser.findElements(By.cssSelector("article mark")).stream().map(WebElement::getText).toList())
                    .contains(QUOTE);
        } finally {
            browser.quit();
        }
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
