package io.wirecopy.testing.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One hand-written story of the labelled corpus ({@code corpus/base-stories.txt}). */
public record BaseStory(String id, String topic, String title, List<String> paragraphs) {

    /** The shortest quote (in words) the generator lifts into other stories. */
    public static final int MIN_QUOTE_WORDS = 12;

    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");

    /** The quoted sentences of {@value #MIN_QUOTE_WORDS} words or more, in text order. */
    public List<String> quotes() {
        List<String> quotes = new ArrayList<>();
        for (String p : paragraphs) {
            Matcher m = QUOTE.matcher(p);
            while (m.find()) {
                String q = m.group(1).replaceAll("[,.]$", "");
                if (q.split("\\s+").length >= MIN_QUOTE_WORDS) {
                    quotes.add(q);
                }
            }
        }
        return quotes;
    }

    /** The stories of the bundled corpus, in file order. */
    public static List<BaseStory> bundled() {
        try (InputStream in = BaseStory.class.getResourceAsStream("/corpus/base-stories.txt")) {
            if (in == null) {
                throw new IllegalStateException("corpus/base-stories.txt is not on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BaseStory> parse(List<String> lines) {
        List<BaseStory> stories = new ArrayList<>();
        String[] head = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ") || line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            }
            if (line.startsWith("== ")) {
                if (head != null) {
                    stories.add(new BaseStory(head[0], head[1], head[2], List.copyOf(paragraphs)));
                }
                head = line.substring(3).split("\\s*\\|\\s*");
                if (head.length != 3) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected '== id | topic | title'");
                }
                paragraphs.clear();
            } else if (!line.isBlank()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        if (head != null) {
            stories.add(new BaseStory(head[0], head[1], head[2], List.copyOf(paragraphs)));
        }
        return stories;
    }
}
