#!/usr/bin/env bash
# Side by side: the reference pipeline (HiPERCAM/hipercam) and this project
# spool the very same five baseline runs on this machine, one after the other.
#
#   bench/side-by-side.sh [DIR]
#
# 1. Writes the five runs with the project's own writer (`synth --baseline`)
#    to DIR (default: a temporary folder, removed at the end).
# 2. Measures the memory copy bandwidth and how fast a fresh JVM can write
#    memory it has never touched (`bench --copy`): a cold JVM grows its heap
#    into such memory, and on some virtual machines that costs twenty times
#    more than writing memory already in use.
# 3. For each run: the reference, `with data_source(src, run, 1) as spool:
#    for mccd in spool: pass`, each pass in a fresh Python process (the import
#    not timed), best of PASSES; then this project, `Spoolers.open(src, run, 1)`
#    with default options in one JVM after one untimed warm-up pass, best of
#    PASSES spooled one after the other with nothing in between (`bench
#    --run`); then, apart from that figure, the best of SETTLE more passes
#    (default 10), the rate once the JVM is warm.
# 4. Prints the table: frames/s of both, their ratio, and how far each case is
#    from the physical limit, the copy bandwidth over the bytes a frame must
#    move through memory (its raw bytes read plus its pixels written as the
#    windows hold them: 16-bit counts for raw frames).
#
# Without the reference (python cannot `import hipercam`), it says so and
# prints this project's figures only. REFERENCE_ENV may name a folder with a
# reference_env.py that imports a reference installed from source instead.
#
# Why 1600 MB a run by default: the protocol's one untimed warm-up pass is
# there to take the JVM's own warm-up, and on a 2-core machine that lasts
# about a second and 2.5 GB of allocation (G1 growing its heap from 388 MB
# into memory never touched, C2 compiling the decode paths). A pass over a
# 400 MB run lasts 0.04 to 0.4 s, so with such runs the three timed passes
# still fall inside that warm-up and the table measures JVM start-up, which
# swings by 2x from one run of the script to the next (BENCHMARKS.md).
# Runs in use are GBs long (thousands of 6 MB ULTRACAM frames, 10^5 small
# ones). MB=400 still works and is worth running to see the cold JVM.
#
# Environment: MB (size of each run, default 1600), PASSES (default 3), SETTLE
# (default 10), PYTHON (default python3), JAR (default target/hipercam_ij-*.jar,
# built if missing), REFERENCE_ENV (optional), KEEP=1 to keep a temporary DIR.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MB=${MB:-1600}
PASSES=${PASSES:-3}
PYTHON=${PYTHON:-python3}

find_jar() {
    ls "$ROOT"/target/hipercam_ij-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' -e '/original-' | head -n 1
}
JAR=${JAR:-$(find_jar)}
if [ -z "$JAR" ]; then
    echo "building the jar (mvn package) ..."
    (cd "$ROOT" && mvn -B -q package -DskipTests)
    JAR=$(find_jar)
fi

REMOVE_DIR=0
if [ $# -ge 1 ]; then
    DIR=$1
    mkdir -p "$DIR"
else
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/side-by-side.XXXXXX")
    [ "${KEEP:-0}" = 1 ] || REMOVE_DIR=1
fi
LOG=$(mktemp "${TMPDIR:-/tmp}/side-by-side-log.XXXXXX")
trap 'rm -f "$LOG"; [ "$REMOVE_DIR" = 0 ] || rm -rf "$DIR"' EXIT

ours() { java -jar "$JAR" "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "side-by-side bench, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"\
     "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
echo "java: $(java -version 2>&1 | head -n 1); jar $(basename "$JAR")"
echo "load average before: $(load)"

echo "writing the runs to $DIR (about $MB MB each) ..."
ours synth --baseline --out "$DIR" --mb "$MB" > "$DIR/runs.tsv"
# the runs are still being written back to disk: let that finish before anything is timed
sync
ours bench --copy | tee -a "$LOG"

if REF=$("$PYTHON" "$ROOT/bench/reference_spool.py" --check 2>/dev/null); then
    echo "$REF; $("$PYTHON" --version 2>&1), numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)')"
    HAVE_REF=1
else
    echo "reference pipeline not found ($PYTHON cannot import hipercam): printing this project's figures only"
    HAVE_REF=0
fi

while IFS=$'\t' read -r name src run frames mb desc; do
    echo "== $name: $desc, $frames frames of $mb MB"
    if [ "$HAVE_REF" = 1 ]; then
        best=""
        for _ in $(seq "$PASSES"); do
            line=$("$PYTHON" "$ROOT/bench/reference_spool.py" "$src" "$run" 2>/dev/null < /dev/null | tail -n 1)
            echo "  reference pass: $line"
            best=$(echo "$line $best" | awk '{ s = $4; if (NF > 4 && $5 < s) s = $5; print s }')
            got=$(echo "$line" | awk '{print $2}')
            [ "$got" = "$frames" ] || echo "  WARNING: the reference spooled $got frames, $frames written"
        done
        echo "REF name=$name seconds=$best frames=$frames" >> "$LOG"
    fi
    out=$(ours bench --source "$src" --run "$run" --passes "$PASSES" --warmup-passes 1 \
        --settle-passes "${SETTLE:-10}" --no-ahead < /dev/null)
    echo "$out" | grep -v '^RESULT' | sed 's/^/  /'
    echo "$out" | grep '^RESULT' | sed "s/^RESULT/OURS name=$name desc=\"$desc\"/" >> "$LOG"
done < "$DIR/runs.tsv"
echo "load average after: $(load)"
echo

# The table, in Markdown. The limit: copy bandwidth (read + write, the better
# of one thread and all cores) over the bytes a frame moves at the least: its
# raw bytes read once plus its pixels written once as they are held (2 bytes
# a pixel for raw 16-bit counts, 4 for float32).
awk -v have_ref="$HAVE_REF" '
function val(key,   i, kv) {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return kv[2] }
    return ""
}
/^RESULT copy_gbs_1/ { bw = val("copy_gbs_1"); if (val("copy_gbs_all") > bw) bw = val("copy_gbs_all"); fresh = val("fresh_gbs") }
/^REF / { ref[val("name")] = val("frames") / val("seconds") }
/^OURS / {
    n = val("name"); order[++count] = n
    desc[n] = $0; sub(/.*desc="/, "", desc[n]); sub(/".*/, "", desc[n])
    mb[n] = val("frame_mb"); fps[n] = val("fps"); warm[n] = val("warm_fps")
    alloc[n] = val("alloc_mb"); flt[n] = val("float_mb")
    held[n] = val("held_mb") == "" ? flt[n] : val("held_mb")
}
END {
    printf "copy bandwidth %.1f GB/s (read + write); first touch of fresh memory in a fresh JVM %.2f GB/s\n\n", bw, fresh
    printf "| run | MB/frame | reference frames/s | ours frames/s | ratio | ours once warm | ratio once warm | ours MB/s | MB moved/frame (raw read + pixels written as held) | limit frames/s | ours once warm / limit | allocated / float pixels |\n"
    printf "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
    for (i = 1; i <= count; i++) {
        n = order[i]; moved = mb[n] + held[n]; limit = bw * 1000 / moved
        r = have_ref == 1 && (n in ref) ? sprintf("%.0f", ref[n]) : "n/a"
        q = have_ref == 1 && (n in ref) ? sprintf("**%.2f**", fps[n] / ref[n]) : "n/a"
        w = have_ref == 1 && (n in ref) ? sprintf("%.2f", warm[n] / ref[n]) : "n/a"
        printf "| %s | %.2f | %s | %.0f | %s | %.0f | %s | %.0f | %.2f | %.0f | %.2f | %.3f |\n", desc[n], mb[n], r,
            fps[n], q, warm[n], w, fps[n] * mb[n], moved, limit, warm[n] / limit, alloc[n] / flt[n]
    }
}' "$LOG"
