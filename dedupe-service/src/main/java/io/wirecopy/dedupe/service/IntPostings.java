package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * A map from 64-bit keys (an LSH bucket, a fingerprint, an article's sequence number) to the sequence
 * numbers filed under each, in the order they were added. Most keys hold one article, so the map's
 * value is that article itself; a key with more points at a list ({@code -(slot + 1)}). About 20 bytes
 * per key with one article, 4 more per further article.
 */
final class IntPostings {

    private final LongIntHashMap heads = new LongIntHashMap();
    private final List<IntArrayList> lists = new ArrayList<>();
    private final IntArrayList freeSlots = new IntArrayList();

    /**
     * Files {@code seq} under {@code key}, last; nothing when it is the last there already. Sequence numbers
     * are filed in ascending order, rebuilding too, so that is the only repeat to look for.
     */
    void add(long key, int seq) {
        int at = heads.indexOf(key);
        if (at < 0) {
            heads.indexInsert(at, key, seq);
            return;
        }
        int head = heads.indexGet(at);
        if (head >= 0) {
            if (head == seq) {
                return;
            }
            IntArrayList list = new IntArrayList(4);
            list.add(head);
            list.add(seq);
            heads.indexReplace(at, -(slotFor(list) + 1));
        } else {
            IntArrayList list = lists.get(-head - 1);
            if (list.get(list.size() - 1) != seq) { // articles come in sequence order: a repeat can only be the last
                list.add(seq);
            }
        }
    }

    /** Takes {@code seq} out of {@code key}'s list; a key left with none goes. */
    void remove(long key, int seq) {
        int at = heads.indexOf(key);
        if (at < 0) {
            return;
        }
        int head = heads.indexGet(at);
        if (head >= 0) {
            if (head == seq) {
                heads.remove(key);
            }
            return;
        }
        int slot = -head - 1;
        IntArrayList list = lists.get(slot);
        list.removeFirst(seq);
        if (list.size() == 1) {
            heads.indexReplace(at, list.get(0));
            lists.set(slot, null);
            freeSlots.add(slot);
        }
    }

    /** Forgets {@code key} and everything filed under it. */
    void removeKey(long key) {
        int at = heads.indexOf(key);
        if (at < 0) {
            return;
        }
        int head = heads.indexGet(at);
        heads.remove(key);
        if (head < 0) {
            lists.set(-head - 1, null);
            freeSlots.add(-head - 1);
        }
    }

    /** Makes room for this many keys at once (a rebuild knows how many are coming). */
    void expect(int keys) {
        heads.ensureCapacity(keys);
    }

    /** How many articles are filed under {@code key}. */
    int size(long key) {
        int at = heads.indexOf(key);
        if (at < 0) {
            return 0;
        }
        int head = heads.indexGet(at);
        return head >= 0 ? 1 : lists.get(-head - 1).size();
    }

    /** The first {@code limit} articles filed under {@code key}, in the order they were added. */
    int[] get(long key, int limit) {
        int at = heads.indexOf(key);
        if (at < 0) {
            return EMPTY;
        }
        int head = heads.indexGet(at);
        if (head >= 0) {
            return limit > 0 ? new int[] {head} : EMPTY;
        }
        IntArrayList list = lists.get(-head - 1);
        int n = Math.min(limit, list.size());
        int[] out = new int[n];
        System.arraycopy(list.buffer, 0, out, 0, n);
        return out;
    }

    int[] get(long key) {
        return get(key, Integer.MAX_VALUE);
    }

    /** Keys held. */
    int keys() {
        return heads.size();
    }

    private int slotFor(IntArrayList list) {
        if (!freeSlots.isEmpty()) {
            int slot = freeSlots.removeAt(freeSlots.size() - 1);
            lists.set(slot, list);
            return slot;
        }
        lists.add(list);
        return lists.size() - 1;
    }

    private static final int[] EMPTY = new int[0];
}
