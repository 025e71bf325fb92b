package io.wirecopy.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for every query parameter and path segment, already percent-encoded for a URL, so
 * bytes that are not UTF-8 ({@code %FF}, an encoded surrogate, an overlong NUL) reach the server as
 * sent: NULs and other controls, invalid UTF-8, over-long values, numbers out of range, forged cursors,
 * search syntax, SQL and path tricks, and seeded random mixtures of them. The same seed gives the same
 * values.
 */
public final class FuzzValues {

    private static final String[] FIXED = {
        "%00", "a%00b", "%01%02%1F", "%7F", "%C2%80%C2%9F", "%FF", "%FE%FF", "%C0%80", "%ED%A0%80", "%ED%BF%BF",
        "%EF%BF%BE", "%F4%90%80%80", "%E2%80%AE", "%EF%BB%BF", "%0D%0A", "%09", "%25", "%", "%G0", "%%", "+", "%2B",
        "-1", "0", "1", "100", "101", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e309",
        "NaN", "Infinity", "0x10", "1.5", " 1", "%201%20",
        "2014-06-16T00:00:00Z", "2014-13-45T99:99:99Z", "0000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
        "2014-06-16", "yesterday",
        "'", "''", "\\", "%5C%27", "'%20OR%201=1%20--", "%3B%20DROP%20TABLE%20stories", "$1", "%3F",
        "!", "!!!", "(", ")", "%22", "%22%22", "%22unclosed", "a%20%3C-%3E%20b", "a:*", "%26%7C!", "-", "-a", "or",
        "a%20or%20or%20b", "*", "%2A%2A",
        "..", "..%2F..%2Fetc%2Fpasswd", "%2F", "%2F%2F", "s_", "s_000000000000000000000000", "a_ffffffffffffffffffffffff",
        "s_zzzzzzzzzzzzzzzzzzzzzzzz", "S_000000000000000000000000",
        "relevance", "newest", "RELEVANCE", "random",
        "%F0%9F%98%80", "%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82", "%E6%9D%B1%E4%BA%AC", "e%CC%81",
    };

    private FuzzValues() {
    }

    /** {@code count} values: the fixed ones, forged cursors, long ones, then seeded random mixtures. */
    public static List<String> encoded(long seed, int count) {
        List<String> out = new ArrayList<>(List.of(FIXED));
        for (String plain : List.of("seq:-1", "seq:", "rank:NaN:seq:1", "rank:1e40:seq:1", "rank::seq:1",
                "seq:99999999999999999999", "words:-1:group:-1", "words:x:group:1", "seq:1\u0000", "\u0000")) {
            out.add(cursor(plain));
        }
        out.add("A".repeat(301));
        out.add("a%20".repeat(1200));
        out.add("%00".repeat(500));
        out.add("x".repeat(1500));
        Random random = new Random(seed);
        while (out.size() < count) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                switch (random.nextInt(5)) {
                    case 0 -> sb.append(FIXED[random.nextInt(FIXED.length)]);
                    case 1 -> sb.append(String.format("%%%02X", random.nextInt(256)));
                    case 2 -> sb.append(URLEncoder.encode(randomText(random), StandardCharsets.UTF_8));
                    case 3 -> sb.append(random.nextInt());
                    default -> sb.append(cursor("seq:" + random.nextLong()));
                }
            }
            out.add(sb.toString());
        }
        return out.subList(0, count);
    }

    private static String cursor(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomText(Random random) {
        char[] chars = new char[1 + random.nextInt(12)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = random.nextBoolean() ? (char) (0x20 + random.nextInt(0x5F)) : (char) random.nextInt(0x3000);
        }
        return new String(chars);
    }
}
