package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header every frame of a run has, built once when the run is opened,
 * with named slots for the few values that change from frame to frame (the
 * frame number, the times). {@link #fill} makes a frame's header from it by
 * copying the run's cards and putting new cards only in the slots; the key
 * index is the template's, shared by every header it fills. A frame's header
 * is then a few small objects, not a rebuilt and re-indexed copy of the
 * run's header.
 *
 * <p>The cards come out in exactly the order a {@link Header.Builder} given
 * the same calls would put them: build a template with the calls that build
 * one frame's header, {@link Builder#slot} standing for each per-frame value.
 * A slot whose card a later call replaces (a run header with the same key
 * added after it) is dropped, as the builder would drop it, and the value
 * given for it is ignored. Immutable and safe to share between threads.
 */
public final class HeaderTemplate {

    private final Card[] cards;
    private final Header shape;
    private final String[] keys;
    private final String[] comments;
    /** Where each slot's card lies, or -1 if a later card replaced it. */
    private final int[] positions;

    private HeaderTemplate(Header shape, String[] keys, String[] comments, int[] positions) {
        this.shape = shape;
        this.cards = shape.cards().toArray(new Card[0]);
        this.keys = keys;
        this.comments = comments;
        this.positions = positions;
    }

    /** @return a builder for a template */
    public static Builder builder() {
        return new Builder();
    }

    /** @return how many slots the template has, in the order they were added */
    public int slots() {
        return keys.length;
    }

    /**
     * @param values one per slot, in the order the slots were added (of a type {@link Card} takes)
     * @return the header with those values in the slots
     * @throws InvalidArgumentException if the number of values is wrong
     */
    public Header fill(Object... values) {
        if (values.length != keys.length) {
            throw new InvalidArgumentException("header template has " + keys.length + " slots, got "
                    + values.length + " values");
        }
        Card[] out = cards.clone();
        for (int i = 0; i < values.length; i++) {
            if (positions[i] >= 0) {
                out[positions[i]] = new Card(keys[i], values[i], comments[i]);
            }
        }
        return shape.sharingIndex(out);
    }

    /** Collects the cards of a template, as {@link Header.Builder} collects a header's. */
    public static final class Builder {

        private final Header.Builder cards = Header.builder();
        private final List<String> keys = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();
        private final List<String> markers = new ArrayList<>();

        private Builder() {
        }

        /**
         * A card whose value changes from frame to frame.
         *
         * @param key keyword
         * @param comment comment
         * @return this builder
         */
        public Builder slot(String key, String comment) {
            // a String no caller can pass, told apart by identity
            String marker = new String("slot " + keys.size());
            keys.add(Card.normaliseKey(key));
            comments.add(comment);
            markers.add(marker);
            cards.set(key, marker, comment);
            return this;
        }

        /**
         * A card with the same value in every frame.
         *
         * @param key keyword
         * @param value value
         * @param comment comment
         * @return this builder
         */
        public Builder set(String key, Object value, String comment) {
            cards.set(key, value, comment);
            return this;
        }

        /**
         * @param header cards the same in every frame, added in order as {@link Header.Builder#addAll} adds them
         * @return this builder
         */
        public Builder addAll(Header header) {
            cards.addAll(header);
            return this;
        }

        /** @return the template */
        public HeaderTemplate build() {
            Header shape = cards.build();
            List<Card> all = shape.cards();
            int[] positions = new int[markers.size()];
            Arrays.fill(positions, -1);
            for (int p = 0; p < all.size(); p++) {
                for (int slot = 0; slot < markers.size(); slot++) {
                    if (all.get(p).value() == markers.get(slot)) {
                        positions[slot] = p;
                    }
                }
            }
            return new HeaderTemplate(shape, keys.toArray(new String[0]), comments.toArray(new String[0]),
                    positions);
        }
    }
}
