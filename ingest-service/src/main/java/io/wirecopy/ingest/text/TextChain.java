package io.wirecopy.ingest.text;

import io.wirecopy.shared.text.TextSanitizer;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The filters every article's text goes through, in this order and once, whatever door it came through:
 * <ol>
 * <li>{@link WireText#paragraphs}: wire layout undone (hard-wrapped lines joined, indents and rules gone), one
 * paragraph per block;</li>
 * <li>{@link TextSanitizer#clean}: no control characters, lone surrogates or noncharacters;</li>
 * <li>{@link #visible}: Unicode's composed form, without the invisible format characters that only hint at layout.</li>
 * </ol>
 * The page-level filters come before or after it by door: a text page's lines are read after it
 * ({@link TextPageCleaner}, {@link SourceBoilerplate}), an HTML page's blocks before it (the extractor), a learned
 * page boilerplate on the extracted text ({@link PageBoilerplate}); {@link Datelines} and {@link Languages} read its
 * result.
 */
public final class TextChain {

    private static final Pattern INVISIBLE_FORMAT = Pattern.compile("[\u00AD\u200B\u2060\uFEFF]");

    private TextChain() {
    }

    /** The text through the three filters, stripped. */
    public static String apply(String raw) {
        return raw == null ? "" : visible(TextSanitizer.clean(WireText.paragraphs(raw))).strip();
    }

    /**
     * Text as it reads: in Unicode's composed form (NFC: "য়" one way, however the page wrote it) and without the
     * invisible format characters that only hint at layout (soft hyphens, zero-width spaces, word joiners, byte order
     * marks inside the text).
     */
    public static String visible(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return INVISIBLE_FORMAT.matcher(composed).replaceAll("");
    }
}
