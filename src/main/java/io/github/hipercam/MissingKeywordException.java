package io.github.hipercam;

/** A header lacks a keyword that the format requires. */
public class MissingKeywordException extends FormatException {
    private static final long serialVersionUID = 1L;

    private final String keyword;

    /**
     * @param where the file and HDU or frame, e.g. {@code "run0012.fits, primary header"}
     * @param keyword the keyword that is missing
     */
    public MissingKeywordException(String where, String keyword) {
        super(where + ": keyword " + keyword + " is missing");
        this.keyword = keyword;
    }

    /** @return the keyword that was missing */
    public String keyword() {
        return keyword;
    }
}
