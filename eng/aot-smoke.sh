#!/usr/bin/env bash
# Native AOT smoke test: publish samples/CareerModel.AotSmoke with PublishAot=true, run the native
# binary and the JIT build on the same files, and fail on any trimming/AOT warning or any
# difference in what they print. Keeps the libraries' IsAotCompatible claim true.
# Usage: eng/aot-smoke.sh [output folder]   (run from anywhere; ~1 minute)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
project="$root/samples/CareerModel.AotSmoke"
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

# The analyzers of IsAotCompatible run in the build; the publish runs ILC, whose warnings
# (IL2xxx trimming, IL3xxx AOT) are errors here, as they would be for a user publishing natively.
dotnet publish "$project" -c Release -r "$rid" -o "$out/native" -p:TreatWarningsAsErrors=true \
  > "$out/publish.log" 2>&1 \
  || { cat "$out/publish.log"; echo "aot-smoke: the native publish failed"; exit 1; }
if grep -E 'warning (IL[23][0-9]{3})' "$out/publish.log"; then
  echo "aot-smoke: the native publish warned (above)"; exit 1
fi

"$out/native/CareerModel.AotSmoke" "$root" > "$out/native.txt"
dotnet run -c Release --project "$project" -- "$root" > "$out/jit.txt"

if ! diff -u "$out/jit.txt" "$out/native.txt"; then
  echo "aot-smoke: the native AOT run printed something other than the JIT run (diff above)"; exit 1
fi
[ -s "$out/jit.txt" ] || { echo "aot-smoke: the smoke app printed nothing"; exit 1; }
echo "aot-smoke: native AOT and JIT runs agree on $(wc -l < "$out/jit.txt") lines"
