package io.github.hipercam.run;

/** The reference's meaning of {@code first}, as a frame number. */
final class First {

    private First() {
    }

    /**
     * @param first 1 or more for that frame, 0 for the newest, negative for that many before the newest
     * @param available complete frames now
     * @return the frame a spool from {@code first} begins with, or 0 if there is none now
     */
    static int resolve(int first, int available) {
        long n = first >= 1 ? first : (long) available + first;
        return n >= 1 && (first >= 1 || n <= available) ? (int) n : 0;
    }
}
