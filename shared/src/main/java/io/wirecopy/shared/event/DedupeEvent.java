package io.wirecopy.shared.event;

/** The events on {@code news.dedupe}. */
public sealed interface DedupeEvent extends Event permits ArticleDeduplicated, StoriesMerged, ArticleRevised, QuotesRendered {
}
