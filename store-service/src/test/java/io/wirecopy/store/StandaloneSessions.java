package io.wirecopy.store;

import io.wirecopy.store.entity.AppliedEventEntity;
import io.wirecopy.store.entity.ArticleEntity;
import io.wirecopy.store.entity.PassageEntity;
import io.wirecopy.store.entity.PassageGroupEntity;
import io.wirecopy.store.entity.PassageOccurrenceEntity;
import io.wirecopy.store.entity.QuoteEntity;
import io.wirecopy.store.entity.QuoteOccurrenceEntity;
import io.wirecopy.store.entity.QuoteRenderingEntity;
import io.wirecopy.store.entity.SpeakerEntity;
import io.wirecopy.store.entity.StoryEntity;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * The store's entities on a database of a test's choosing, outside Quarkus: plain Hibernate ORM with JDBC
 * transactions, the mapping validated against the schema as the service validates it.
 */
final class StandaloneSessions {

    static final List<Class<?>> ENTITIES = List.of(StoryEntity.class, ArticleEntity.class, AppliedEventEntity.class,
            PassageEntity.class, PassageGroupEntity.class, PassageOccurrenceEntity.class, SpeakerEntity.class,
            QuoteEntity.class, QuoteOccurrenceEntity.class, QuoteRenderingEntity.class);

    private StandaloneSessions() {
    }

    static SessionFactory open(String jdbcUrl, String user, String password) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", jdbcUrl)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.hbm2ddl.auto", "validate");
        ENTITIES.forEach(configuration::addAnnotatedClass);
        return configuration.buildSessionFactory();
    }
}
