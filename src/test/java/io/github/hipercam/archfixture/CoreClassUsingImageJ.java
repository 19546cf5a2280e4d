package io.github.hipercam.archfixture;

import ij.ImagePlus;

/** A deliberately bad class: the architecture test must flag it. */
public final class CoreClassUsingImageJ {

    private CoreClassUsingImageJ() {
    }

    /** @return a title, through ImageJ */
    public static String title() {
        return new ImagePlus().getTitle();
    }
}
