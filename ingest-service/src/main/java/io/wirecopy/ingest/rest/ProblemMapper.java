package io.wirecopy.ingest.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.wirecopy.ingest.security.ApiTokenMechanism;
import io.wirecopy.ingest.service.ArticlePublisher.PublishFailedException;
import io.wirecopy.ingest.service.IngestException;
import io.wirecopy.shared.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as {@code application/problem+json} (RFC 9457). */
public class ProblemMapper {

    private final ApiTokenMechanism security;

    public ProblemMapper(ApiTokenMechanism security) {
        this.security = security;
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized(security.refusal());
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e) {
        return unauthorized("the bearer token is not valid");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, "Forbidden", "this identity may not do that"));
    }

    private static Response unauthorized(String detail) {
        return Response.status(401).header("WWW-Authenticate", "Bearer realm=\"wirecopy-ingest\"")
                .type(Problem.MEDIA_TYPE).entity(Problem.of(401, "Unauthorized", detail)).build();
    }

    @ServerExceptionMapper
    public Response ingest(IngestException e) {
        return problem(Problem.of(e.kind().status, e.kind().title, e.getMessage()));
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProblemMapper.class);

    /** The broker away: 503; the body says nothing of the broker, the log has it under the reference the body gives. */
    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.warnf("[%s] publishing failed: %s", reference, e.getMessage());
        return Response.fromResponse(problem(Problem.of(503, "Service unavailable",
                "Kafka did not take the articles; try again (reference " + reference + ")"))).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
