package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.MissingKeywordException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered, immutable set of header cards that keeps comments, commentary
 * cards and long ({@code HIERARCH}) keywords. Build or change one with
 * {@link #builder()} or {@link #toBuilder()}.
 */
public final class Header implements Iterable<Card> {

    private static final Header EMPTY = new Header(List.of());

    private final List<Card> cards;
    private final Map<String, Integer> index;

    private Header(List<Card> cards) {
        this.cards = List.copyOf(cards);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < this.cards.size(); i++) {
            Card c = this.cards.get(i);
            if (!c.isCommentary()) {
                idx.putIfAbsent(c.key(), i);
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** A header of these cards, trusted: never changed after this, and keyed exactly as {@code index} says. */
    private Header(List<Card> cards, Map<String, Integer> index) {
        this.cards = cards;
        this.index = index;
    }

    /**
     * @param same cards with the same keys, in the same places, as this header's (only values and comments
     *     differ); kept, not copied, so the caller must not change them afterwards
     * @return a header of those cards that shares this header's key index
     */
    Header sharingIndex(Card[] same) {
        return new Header(Collections.unmodifiableList(Arrays.asList(same)), index);
    }

    /** @return the empty header */
    public static Header empty() {
        return EMPTY;
    }

    /** @return a builder for a new header */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /** @return a builder that starts from this header's cards */
    public Builder toBuilder() {
        return new Builder(cards);
    }

    /** @return the cards in order */
    public List<Card> cards() {
        return cards;
    }

    @Override
    public Iterator<Card> iterator() {
        return cards.iterator();
    }

    /** @return number of cards, commentary included */
    public int size() {
        return cards.size();
    }

    /**
     * @param key keyword (normalised as {@link Card#normaliseKey})
     * @return true if a value card with that key exists
     */
    public boolean has(String key) {
        return index.containsKey(Card.normaliseKey(key));
    }

    /**
     * @param key keyword
     * @return the card, if present
     */
    public Optional<Card> card(String key) {
        Integer i = index.get(Card.normaliseKey(key));
        return i == null ? Optional.empty() : Optional.of(cards.get(i));
    }

    /**
     * @param key keyword
     * @return the value, or null if absent
     */
    public Object get(String key) {
        return card(key).map(Card::value).orElse(null);
    }

    /**
     * @param key keyword
     * @param where context for the error message, e.g. file name and HDU
     * @return the value as a long
     * @throws MissingKeywordException if absent
     */
    public long requireLong(String key, String where) {
        Object v = require(key, where);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new io.github.hipercam.FormatException(
                where + ": keyword " + key + " = " + v + " is not an integer");
    }

    /**
     * @param key keyword
     * @param where context for the error message
     * @return the value as an int
     */
    public int requireInt(String key, String where) {
        long v = requireLong(key, where);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new io.github.hipercam.FormatException(
                    where + ": keyword " + key + " = " + v + " is out of range");
        }
        return (int) v;
    }

    /**
     * @param key keyword
     * @param where context for the error message
     * @return the value as a double
     */
    public double requireDouble(String key, String where) {
        Object v = require(key, where);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new io.github.hipercam.FormatException(
                where + ": keyword " + key + " = " + v + " is not a number");
    }

    /**
     * @param key keyword
     * @param where context for the error message
     * @return the value as text (numbers and booleans are rendered)
     */
    public String requireString(String key, String where) {
        return String.valueOf(require(key, where));
    }

    /**
     * @param key keyword
     * @param fallback value if absent
     * @return the value as text, or the fallback
     */
    public String getString(String key, String fallback) {
        Object v = get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    /**
     * @param key keyword
     * @param fallback value if absent
     * @return the value as an int, or the fallback
     */
    public int getInt(String key, int fallback) {
        return has(key) ? requireInt(key, "header") : fallback;
    }

    /**
     * @param key keyword
     * @param fallback value if absent or not boolean
     * @return the value as a boolean, or the fallback
     */
    public boolean getBoolean(String key, boolean fallback) {
        Object v = get(key);
        return v instanceof Boolean b ? b : fallback;
    }

    private Object require(String key, String where) {
        Object v = get(key);
        if (v == null) {
            throw new MissingKeywordException(where, Card.normaliseKey(key));
        }
        return v;
    }

    /**
     * @param key keyword
     * @param value new value
     * @param comment comment
     * @return a header with the card set (replaced in place, or appended)
     */
    public Header with(String key, Object value, String comment) {
        return toBuilder().set(key, value, comment).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Header h && h.cards.equals(cards);
    }

    @Override
    public int hashCode() {
        return cards.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Card c : cards) {
            sb.append(c.key()).append(" = ").append(c.value());
            if (!c.comment().isEmpty()) {
                sb.append(" / ").append(c.comment());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Collects cards in order; setting an existing key replaces it in place. */
    public static final class Builder {
        private final List<Card> cards;
        private final Map<String, Integer> positions = new HashMap<>();

        private Builder(List<Card> start) {
            this.cards = new ArrayList<>(start);
            reindex();
        }

        private void reindex() {
            positions.clear();
            for (int i = 0; i < cards.size(); i++) {
                Card c = cards.get(i);
                if (!c.isCommentary()) {
                    positions.putIfAbsent(c.key(), i);
                }
            }
        }

        /**
         * @param key keyword
         * @param value value
         * @param comment comment (null for none)
         * @return this builder
         */
        public Builder set(String key, Object value, String comment) {
            return add(new Card(key, value, comment));
        }

        /**
         * @param key keyword
         * @param value value
         * @return this builder
         */
        public Builder set(String key, Object value) {
            return set(key, value, "");
        }

        /**
         * Adds a card; a value card whose key exists replaces it in place,
         * commentary cards are appended.
         *
         * @param card the card
         * @return this builder
         */
        public Builder add(Card card) {
            if (!card.isCommentary()) {
                Integer at = positions.get(card.key());
                if (at != null) {
                    cards.set(at, card);
                    return this;
                }
                positions.put(card.key(), cards.size());
            }
            cards.add(card);
            return this;
        }

        /**
         * @param header cards to add in order
         * @return this builder
         */
        public Builder addAll(Header header) {
            for (Card c : header) {
                add(c);
            }
            return this;
        }

        /**
         * @param key keyword to remove (all value cards with it)
         * @return this builder
         */
        public Builder remove(String key) {
            String k = Card.normaliseKey(key);
            if (Card.isCommentaryKey(k)) {
                throw new InvalidArgumentException("cannot remove commentary cards by key: " + k);
            }
            if (cards.removeIf(c -> c.key().equals(k))) {
                reindex();
            }
            return this;
        }

        /**
         * @param text text of a COMMENT card
         * @return this builder
         */
        public Builder comment(String text) {
            cards.add(new Card("COMMENT", text, ""));
            return this;
        }

        /** @return the immutable header */
        public Header build() {
            return cards.isEmpty() ? EMPTY : new Header(cards);
        }
    }
}
