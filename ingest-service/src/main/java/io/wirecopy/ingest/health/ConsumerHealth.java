package io.wirecopy.ingest.health;

import io.wirecopy.shared.retry.DependencyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: DOWN while the {@code news.ingest} consumer retries a transient fault, with what fails and since when. */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    private final DependencyStatus status;

    public ConsumerHealth(DependencyStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("news.ingest consumer").status(status.fault().isEmpty());
        status.describe().forEach((k, v) -> builder.withData(k, v.toString()));
        return builder.build();
    }
}
