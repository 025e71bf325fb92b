package io.wirecopy.shared;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code type} is a URI naming the kind of problem; {@code detail} says what and where.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is {@code about:blank}, as RFC 9457 suggests when the status says it all. */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
