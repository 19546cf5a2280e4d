package io.github.hipercam.spool;

/** Where an instrument's raw run is read from. */
public enum Access {
    /** A file on local disk. */
    LOCAL,
    /** A file server. */
    SERVER
}
