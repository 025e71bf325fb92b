package io.wirecopy.ingest.service;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.text.Hashing;

/**
 * What a polled feed remembers of an item: its article id and a hash of what the feed says of it (its text's content
 * hash, its title, its {@code updated} time), as {@code a_…@hhhhhhhhhhhhhhhh}. An item whose text, title or
 * {@code updated} changed under the same GUID or link is a new version of its article, published again (and its
 * full text fetched again); one that only changed whitespace has the same content hash, and is not.
 */
final class ItemVersions {

    private ItemVersions() {
    }

    static String of(Article item) {
        String said = item.contentHash() + "\n" + (item.title() == null ? "" : item.title()) + "\n"
                + (item.modifiedAt() == null ? "" : item.modifiedAt().toInstant());
        return item.id() + "@" + Hashing.sha256Hex(said).substring(0, 16);
    }
}
