package io.github.hipercam.ucam.timing;

/**
 * Whether a time can be trusted, and why not. Once a time is bad, later
 * checks keep the first reason, except the few that the reference lets
 * overwrite it ({@link #bad}).
 *
 * @param good the time can be trusted
 * @param reason why not, "" when good
 */
record Verdict(boolean good, String reason) {

    static final Verdict GOOD = new Verdict(true, "");

    /** @param why the reason @return a bad verdict with that reason, whatever came before */
    static Verdict bad(String why) {
        return new Verdict(false, why);
    }

    /** @param why the reason @return this if already bad, else a bad verdict with that reason */
    Verdict failIfGood(String why) {
        return good ? bad(why) : this;
    }
}
