package io.wirecopy.store.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.Problem;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void aDatabaseFailureTellsTheClientNothingOfTheDatabase() {
        Response timedOut = new ProblemMapper().database(new SQLException(
                "ERROR: canceling statement due to statement timeout\n  Where: SQL statement \"SELECT secret FROM users\"", "57014"));
        Problem p = (Problem) timedOut.getEntity();
        assertThat(timedOut.getStatus()).isEqualTo(503);
        assertThat(timedOut.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(p.detail()).matches("the query took too long; narrow it or try again \\(reference [0-9a-f]{8}\\)");
        Problem down = (Problem) new ProblemMapper().database(new SQLException(
                "Connection to db.internal:5432 refused. Check that the hostname and port are correct", "08001")).getEntity();
        assertThat(down.detail()).matches("the database did not answer; try again \\(reference [0-9a-f]{8}\\)");
    }
}
