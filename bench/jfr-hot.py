#!/usr/bin/env python3
"""Where a JFR recording of `bench --run` spent its time and its allocation.

    java -XX:StartFlightRecording=settings=profile,filename=r.jfr,jdk.ExecutionSample#period=1ms \\
        -jar target/hipercam_ij-*.jar bench --source ul --run RUN --no-ahead --warmup-passes 2 --passes 20
    bench/jfr-hot.py r.jfr [N]

Prints, from the JDK's `jfr` tool: the garbage collections by cause with
their pauses; the samples per thread; the top N methods and source lines by
self samples (jdk.ExecutionSample, top frame); the project's methods by
inclusive samples; the sampled allocation (jdk.ObjectAllocationSample
weight) by class and first project frame; and the threads found in native
code (jdk.NativeMethodSample, e.g. reading the file). Shares are of the
samples, so of CPU time in Java code, not of wall time.
"""
import collections
import json
import subprocess
import sys


def events(path, kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", kind, path],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def frame_name(frame, line=True):
    m = frame["method"]
    cls = m["type"]["name"].replace("/", ".")
    cls = cls[len("io.github.hipercam."):] if cls.startswith("io.github.hipercam.") else cls
    return "%s.%s%s" % (cls, m["name"], (":%s" % frame.get("lineNumber")) if line else "")


def seconds(text):
    return float(text.upper().replace("PT", "").rstrip("S"))


def gc(path):
    by = collections.Counter()
    pause = collections.Counter()
    for e in events(path, "jdk.GarbageCollection"):
        key = "%s (%s)" % (e["values"]["name"], e["values"]["cause"])
        by[key] += 1
        pause[key] += seconds(e["values"]["sumOfPauses"])
    print("garbage collections: %d, pauses %.3f s" % (sum(by.values()), sum(pause.values())))
    for k, v in by.most_common():
        print("  %5d  %.3f s  %s" % (v, pause[k], k))


def cpu(path, n):
    self_method = collections.Counter()
    self_line = collections.Counter()
    inclusive = collections.Counter()
    threads = collections.Counter()
    for e in events(path, "jdk.ExecutionSample"):
        st = e["values"]["stackTrace"]
        if not st or not st["frames"]:
            continue
        frames = st["frames"]
        threads[e["values"]["sampledThread"]["javaName"]] += 1
        self_method[frame_name(frames[0], False)] += 1
        self_line[frame_name(frames[0])] += 1
        for k in {frame_name(f, False) for f in frames}:
            inclusive[k] += 1
    total = max(1, sum(self_method.values()))
    print("execution samples: %d, by thread %s" % (total, dict(threads)))
    for title, counter in (("self, by method", self_method), ("self, by line", self_line)):
        print("-- " + title)
        for k, v in counter.most_common(n):
            print("  %5.1f%%  %s" % (100.0 * v / total, k))
    print("-- the project's methods, inclusive (>= 1%)")
    for k, v in inclusive.most_common():
        if 100.0 * v / total < 1:
            break
        if not k.startswith(("java.", "jdk.", "sun.", "cli.", "shaded.")) and "$$Lambda" not in k:
            print("  %5.1f%%  %s" % (100.0 * v / total, k))


def allocation(path, n):
    weight = collections.Counter()
    for e in events(path, "jdk.ObjectAllocationSample"):
        st = e["values"]["stackTrace"]
        where = None
        for f in (st["frames"] if st else []):
            if f["method"]["type"]["name"].startswith("io/github/hipercam/") and "/cli/" not in \
                    f["method"]["type"]["name"]:
                where = frame_name(f)
                break
        weight["%s <- %s" % (e["values"]["objectClass"]["name"], where)] += e["values"]["weight"]
    total = max(1, sum(weight.values()))
    print("-- allocation (sampled weight), by class <- first project frame")
    for k, v in weight.most_common(n):
        print("  %5.1f%%  %s" % (100.0 * v / total, k))


def native(path):
    where = collections.Counter()
    for e in events(path, "jdk.NativeMethodSample"):
        st = e["values"]["stackTrace"]
        if st and st["frames"]:
            where["%s in %s" % (e["values"]["sampledThread"]["javaName"], frame_name(st["frames"][0], False))] += 1
    print("-- native samples: %d" % sum(where.values()))
    for k, v in where.most_common(4):
        print("  %6d  %s" % (v, k))


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    n = int(argv[2]) if len(argv) > 2 else 12
    gc(argv[1])
    cpu(argv[1], n)
    allocation(argv[1], 6)
    native(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
