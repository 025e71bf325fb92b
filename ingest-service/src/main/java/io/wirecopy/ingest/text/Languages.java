package io.wirecopy.ingest.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of an article's text (ISO 639-1, e.g. {@code en}), by the Optimaize language detector
 * (n-gram profiles of 71 languages, the detector Apache Tika builds on). A text shorter than
 * {@value #MIN_CHARS} characters, or one no language is at least {@value #MIN_PROBABILITY} likely for,
 * has no language rather than a guess.
 */
public final class Languages {

    static final int MIN_CHARS = 80;
    static final double MIN_PROBABILITY = 0.85;

    private static final LanguageDetector DETECTOR;

    static {
        try {
            DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language profiles", e);
        }
    }

    private Languages() {
    }

    /** The language code, or null when the text is too short or unclear. */
    public static String detect(String text) {
        if (text == null || text.length() < MIN_CHARS) {
            return null;
        }
        List<DetectedLanguage> found = DETECTOR.getProbabilities(text.length() > 4000 ? text.substring(0, 4000) : text);
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return found.get(0).getLocale().getLanguage();
    }
}
