package io.wirecopy.ingest.rest;

import io.wirecopy.ingest.config.SecurityConfig;
import io.wirecopy.shared.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** With {@code INGEST_API_TOKEN} set, every write (POST, PUT, PATCH, DELETE) needs {@code Authorization: Bearer <token>}. */
public class BearerTokenFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Optional<byte[]> token;

    public BearerTokenFilter(SecurityConfig config) {
        this.token = config.apiToken().map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        return refusal(request.getMethod(), request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(detail -> Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"wirecopy-ingest\"")
                        .type(Problem.MEDIA_TYPE).entity(Problem.of(401, "Unauthorized", detail)).build());
    }

    /** Why a request is refused, or empty when it may pass. */
    Optional<String> refusal(String method, String authorization) {
        if (token.isEmpty() || !WRITES.contains(method)) {
            return Optional.empty();
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of("this endpoint needs 'Authorization: Bearer <token>' (INGEST_API_TOKEN is set)");
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get()) ? Optional.empty() : Optional.of("the bearer token is not valid");
    }
}
