package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;

/**
 * What {@code get_ccd_pars} gives for one CCD: its label, maximum unbinned
 * dimensions and display padding.
 *
 * @param label CCD label
 * @param nxmax maximum unbinned x dimension
 * @param nymax maximum unbinned y dimension
 * @param nxpad x padding for display
 * @param nypad y padding for display
 */
public record CcdPars(String label, int nxmax, int nymax, int nxpad, int nypad) {

    /** Validates the values. */
    public CcdPars {
        if (label == null || label.isEmpty()) {
            throw new InvalidArgumentException("CCD label must not be empty");
        }
        if (nxmax < 0 || nymax < 0 || nxpad < 0 || nypad < 0) {
            throw new InvalidArgumentException("CCD parameters must not be negative: " + label);
        }
    }
}
