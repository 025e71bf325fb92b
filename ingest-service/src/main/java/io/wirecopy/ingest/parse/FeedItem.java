package io.wirecopy.ingest.parse;

/** One item of a feed: a draft, or the reason it cannot be used. {@code index} counts from 0. */
public record FeedItem(int index, ArticleDraft draft, String error) {

    public static FeedItem ok(int index, ArticleDraft draft) {
        return new FeedItem(index, draft, null);
    }

    public static FeedItem rejected(int index, String error) {
        return new FeedItem(index, null, error);
    }
}
