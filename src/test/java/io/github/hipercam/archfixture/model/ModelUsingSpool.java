package io.github.hipercam.archfixture.model;

import io.github.hipercam.spool.Poll;

/** A deliberately bad model class: it depends on spooling. */
public final class ModelUsingSpool {

    private ModelUsingSpool() {
    }

    /** @return a poll */
    public static Poll<String> nothing() {
        return Poll.notYet();
    }
}
