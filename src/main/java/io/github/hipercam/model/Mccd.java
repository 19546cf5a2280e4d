package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A multi-CCD frame: ordered, labelled CCDs plus a top-level header. */
public final class Mccd implements Frame {

    private final Map<String, Ccd> ccds;
    private final Header head;

    /**
     * @param ccds labelled CCDs in order; copied
     * @param head top-level header
     */
    public Mccd(Map<String, Ccd> ccds, Header head) {
        for (String label : ccds.keySet()) {
            if (label == null || label.isEmpty()) {
                throw new InvalidArgumentException("CCD labels must not be empty");
            }
        }
        this.ccds = Collections.unmodifiableMap(new LinkedHashMap<>(ccds));
        this.head = head == null ? Header.empty() : head;
    }

    /** @return CCDs by label, in order (unmodifiable) */
    public Map<String, Ccd> ccds() {
        return ccds;
    }

    /** @return the CCD labels in order */
    public List<String> labels() {
        return List.copyOf(ccds.keySet());
    }

    /**
     * @param label CCD label
     * @return the CCD
     * @throws InvalidArgumentException naming the labels that exist
     */
    public Ccd ccd(String label) {
        Ccd c = ccds.get(label);
        if (c == null) {
            throw new InvalidArgumentException("no CCD '" + label + "'; CCDs are " + labels());
        }
        return c;
    }

    @Override
    public Header head() {
        return head;
    }

    @Override
    public Mccd withHead(Header header) {
        return new Mccd(ccds, header);
    }

    @Override
    public String toString() {
        return "Mccd" + labels();
    }
}
