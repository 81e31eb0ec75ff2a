#!/usr/bin/env bash
# Fuzzes the readers with afl-fuzz through SharpFuzz harnesses (tools/CareerModel.Fuzz), one bounded
# run per target, from the seeds in tests/fuzz/corpus/<target>/. Installs Debian's afl++ when it is
# missing. Fails when a target crashes (an exception other than the reader's documented one, or a
# broken promise on accepted input) or hangs; each such input is copied to tests/fuzz/crashes/<target>/,
# which the test suite replays (FuzzCorpusTests), so a fixed crash stays fixed.
# Usage: eng/fuzz.sh [seconds per target, default 60] [target…]   targets: catalog profile onet-skills oews
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=${*:-catalog profile onet-skills oews}
out=${FUZZ_OUT:-$(mktemp -d)}
mkdir -p "$out"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
cd "$root"
dotnet tool restore >/dev/null
dotnet publish tools/CareerModel.Fuzz -c Release -o "$out/bin" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
# Instrument the libraries under test (not the harness, not the BCL) for afl's coverage feedback.
for dll in CareerModel.dll CareerModel.Onet.dll; do
  dotnet sharpfuzz "$out/bin/$dll" > /dev/null
done

# dotnet is not an afl-instrumented binary (SharpFuzz instruments the IL), and this is a sandbox
# without a core-dump pattern or CPU governor to tune.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
failed=0
for target in $targets; do
  findings="$out/$target"
  rm -rf "$findings"
  afl-fuzz -V "$seconds" -t 10000 -m none -i "tests/fuzz/corpus/$target" -o "$findings" \
    -- dotnet "$out/bin/CareerModel.Fuzz.dll" "$target" "$root/tests/fuzz/onet-release" > "$out/$target.log" 2>&1 \
    || { tail -20 "$out/$target.log"; echo "fuzz: afl-fuzz did not run for $target"; exit 1; }
  stats="$findings/default/fuzzer_stats"
  execs=$(awk -F: '/^execs_done/ { gsub(/ /, "", $2); print $2 }' "$stats")
  paths=$(awk -F: '/^corpus_count/ { gsub(/ /, "", $2); print $2 }' "$stats")
  crashes=$(find "$findings/default/crashes" "$findings/default/hangs" -name 'id:*' 2>/dev/null | wc -l)
  echo "fuzz: $target: $execs inputs in ${seconds} s, $paths paths, $crashes crashes or hangs"
  if [ "$crashes" -gt 0 ]; then
    mkdir -p "tests/fuzz/crashes/$target"
    for file in $(find "$findings/default/crashes" "$findings/default/hangs" -name 'id:*'); do
      cp "$file" "tests/fuzz/crashes/$target/$(basename "$(dirname "$file")")-$(sha1sum "$file" | cut -c1-12)"
    done
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: crashes copied to tests/fuzz/crashes/; replay one with: dotnet $out/bin/CareerModel.Fuzz.dll <target> tests/fuzz/onet-release <file>"
  exit 1
fi
