#!/usr/bin/env python3
"""Times the reference pipeline (HiPERCAM/hipercam) over one run, as the
side-by-side bench asks: one pass of

    with data_source(source, run, 1) as spool:
        for mccd in spool:
            pass

in this (fresh) process, the import not included. Prints one line,
"frames N seconds S", or with --check only whether the reference imports.

The reference is imported as an installed package (import hipercam). When
it is not, and $REFERENCE_ENV names a folder with a reference_env.py (the
set-up that installs the reference from its public source without its
compiled parts), that is used instead. Exit status 3: no reference here.

    reference_spool.py hl /tmp/baseline/hcam-ff-clear/run0001
"""
import os
import sys
import time


def load_spooler():
    """Returns the reference's spooler module, or None when it is not installed."""
    try:
        from hipercam import spooler
        return spooler
    except ImportError:
        pass
    env = os.environ.get("REFERENCE_ENV")
    if env and os.path.isfile(os.path.join(env, "reference_env.py")):
        sys.path.insert(0, env)
        import reference_env
        return reference_env.load()[1]
    return None


def main(argv):
    spooler = load_spooler()
    if spooler is None:
        print("reference pipeline not installed (import hipercam failed; REFERENCE_ENV not set)")
        return 3
    if argv[1:2] == ["--check"]:
        import hipercam
        print("reference", hipercam.__file__)
        return 0
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, run = argv[1], argv[2]
    frames = 0
    t0 = time.perf_counter()
    with spooler.data_source(source, run, 1) as spool:
        for mccd in spool:
            frames += 1
    seconds = time.perf_counter() - t0
    print("frames %d seconds %.6f" % (frames, seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
