package io.wirecopy.store.config;

import io.agroal.api.AgroalDataSource;
import io.wirecopy.store.service.EventApplier;
import io.wirecopy.store.service.StoryQueries;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the plain service classes to the configured datasource. */
public class StoreBeans {

    @Produces
    @Singleton
    EventApplier eventApplier(AgroalDataSource dataSource) {
        return new EventApplier(dataSource);
    }

    @Produces
    @Singleton
    StoryQueries storyQueries(AgroalDataSource dataSource) {
        return new StoryQueries(dataSource);
    }
}
