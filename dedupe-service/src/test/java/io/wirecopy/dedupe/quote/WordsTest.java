package io.wirecopy.dedupe.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** The regular expression the tokenizer was written from: its tokens are the reference. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\p{Lu}\\.(?:\\p{Lu}\\.)+"
                    + "|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Capt|Cmdr|Adm|Maj|Rev|Hon|Pres|No|Mt|Ft|Gov)\\.(?=\\s)"
                    + "|\\p{Lu}\\.(?=\\s\\p{Lu})"
                    + "|[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*['’]?"
                    + "|\\n"
                    + "|[^\\s\\p{Z}\\p{L}\\p{N}]");

    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Words.Word w : new Words(text, List.of()).list) {
            out.add(w.start() + ":" + w.text());
        }
        return out;
    }

    @Test
    void initialsTitlesWordsAndMarks() {
        assertThat(tokens("Mr. Kerry told the U.S. Senate's panel: \"It's rock-'n'-roll,\" W. Bush said\u00a0(D-Calif.).\nNo. 5"))
                .containsExactly("0:Mr.", "4:Kerry", "10:told", "15:the", "19:U.S.", "24:Senate's", "33:panel", "38::",
                        "40:\"", "41:It's", "46:rock", "50:-", "51:'", "52:n'", "54:-", "55:roll", "59:,", "60:\"", "62:W.", "65:Bush", "70:said", "75:(",
                        "76:D-Calif", "83:.", "84:)", "85:.", "86:\n", "87:No.", "91:5");
    }

    @Test
    void theSameTokensAsTheRegularExpressionOnAnyText() {
        String[] pieces = {"A", "B", "U", "S", "a", "z", "é", "Ü", "ß", "Ω", "ǅ", "ʰ", "中", "٣", "Ⅻ", "½", "\u0301", "\u20dd",
                "Mr", "Mrs", "Gov", "No", "Prof", "Profs", "mr", "St", ".", "..", ",", "'", "’", "-", "--", "\"", "“", "”",
                "(", ")", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0", "\u2009", "\u2028", "\u2029", "\u200b",
                "\ud83d\ude00", "\ud835\udc00", "\ud800", "\udc00", "\u0000", "7", "2026", "x", "rock", "'n'", "s'", "O'"};
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(14);
            for (int p = 0; p < parts; p++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertThat(tokens(text)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(text));
        }
    }
}
