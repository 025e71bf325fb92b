package io.wirecopy.store.rest;

import io.wirecopy.shared.Problem;
import io.wirecopy.store.service.BadQueryException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as {@code application/problem+json} (RFC 9457). */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response badQuery(BadQueryException e) {
        return problem(Problem.of(400, "Bad request", e.getMessage()));
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProblemMapper.class);

    /**
     * The database away (restarting, overloaded) or a query over its time limit: 503 with Retry-After, never an
     * unexplained 500. The body says nothing of the database (no SQL, no server message): those go to the log
     * under the reference the body gives.
     */
    /** A query Hibernate ran and the database refused or cancelled: what the database said decides, as below. */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e) {
        java.sql.SQLException cause = io.wirecopy.store.service.SqlFaults.sqlCause(e);
        return database(cause != null ? cause : new java.sql.SQLException(e.getMessage(), (String) null, e));
    }

    @ServerExceptionMapper
    public Response database(java.sql.SQLException e) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        boolean timedOut = "57014".equals(e.getSQLState()); // query_canceled: the statement timeout
        LOG.warnf("[%s] query failed (SQLState %s): %s", reference, e.getSQLState(), e.getMessage());
        return Response.fromResponse(problem(Problem.of(503, "Service unavailable", (timedOut
                ? "the query took too long; narrow it or try again" : "the database did not answer; try again")
                + " (reference " + reference + ")"))).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    static Response notFound(String what) {
        return problem(Problem.of(404, "Not found", what));
    }
}
