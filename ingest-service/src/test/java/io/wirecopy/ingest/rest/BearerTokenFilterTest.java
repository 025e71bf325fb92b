package io.wirecopy.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {

    final BearerTokenFilter secured = new BearerTokenFilter(() -> Optional.of("s3cret"));
    final BearerTokenFilter open = new BearerTokenFilter(Optional::empty);

    @Test
    void withATokenWritesNeedIt() {
        assertThat(secured.refusal("POST", null)).hasValueSatisfying(d -> assertThat(d).contains("Authorization: Bearer"));
        assertThat(secured.refusal("POST", "Basic czNjcmV0")).isPresent();
        assertThat(secured.refusal("DELETE", "Bearer wrong")).hasValue("the bearer token is not valid");
        assertThat(secured.refusal("POST", "Bearer s3cret")).isEmpty();
        assertThat(secured.refusal("POST", "bearer  s3cret ")).isEmpty();
        assertThat(secured.refusal("GET", null)).as("reads stay open").isEmpty();
    }

    @Test
    void withoutATokenEverythingIsOpen() {
        assertThat(open.refusal("POST", null)).isEmpty();
    }
}
