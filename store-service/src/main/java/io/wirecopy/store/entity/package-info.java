/**
 * The store's rows as Hibernate ORM entities. The schema is Flyway's ({@code db/migration}); these classes map
 * it and Hibernate validates the mapping against the database at start. Columns only PostgreSQL computes (the
 * {@code articles.search} tsvector, sequence values) are read-only or left unmapped.
 */
package io.wirecopy.store.entity;
