package io.wirecopy.ingest.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.wirecopy.ingest.config.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Quarkus security's mechanism for ingest: turns a request into an identity with the role
 * {@value #WRITER} as {@link WriteAccess} judges it. Endpoints that write, and the subscription reads,
 * are {@code @RolesAllowed(WRITER)}; the rest (health, metrics, OpenAPI) need no identity.
 */
@ApplicationScoped
public class ApiTokenMechanism implements HttpAuthenticationMechanism {

    /** The role that may write articles and feeds and manage subscriptions. */
    public static final String WRITER = "writer";

    private static final Logger LOG = Logger.getLogger(ApiTokenMechanism.class);

    private final WriteAccess access;

    public ApiTokenMechanism(SecurityConfig config) {
        this.access = new WriteAccess(config.apiToken());
    }

    void warnWhenOpen(@Observes StartupEvent start) {
        if (!access.tokenRequired()) {
            LOG.warn("INGEST_API_TOKEN is not set: writes and subscription reads are accepted without a token, but only"
                    + " from requests addressed to localhost; set INGEST_API_TOKEN before exposing ingest anywhere else");
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        WriteAccess.Verdict verdict = access.judge(context.request().getHeader("Authorization"),
                context.request().getHeader("Host"));
        return switch (verdict) {
            case TOKEN -> Uni.createFrom().item(writer("api-token"));
            case LOOPBACK -> Uni.createFrom().item(writer("localhost"));
            case NONE -> Uni.createFrom().optional(java.util.Optional.empty());
            case BAD_TOKEN -> Uni.createFrom().failure(new AuthenticationFailedException("the bearer token is not valid"));
        };
    }

    private static SecurityIdentity writer(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole(WRITER).build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"wirecopy-ingest\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** Why an anonymous request was refused, for the 401's detail. */
    public String refusal() {
        return access.tokenRequired() ? "this endpoint needs 'Authorization: Bearer <token>' (INGEST_API_TOKEN is set)"
                : "without INGEST_API_TOKEN this endpoint answers only requests addressed to localhost;"
                        + " set INGEST_API_TOKEN and send 'Authorization: Bearer <token>'";
    }
}
