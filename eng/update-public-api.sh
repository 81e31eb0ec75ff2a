#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# then sorts the file. Run after adding public API; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/CareerModel}
file="$project/PublicAPI.Unshipped.txt"
symbols=$(dotnet build "$project" --no-incremental 2>&1 | grep -o "RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
if [ -z "$symbols" ]; then
  echo "no undeclared public API"
  exit 0
fi
{ tail -n +2 "$file"; printf '%s\n' "$symbols"; } | grep -v '^$' | sort -u > "$file.tmp"
{ echo '#nullable enable'; cat "$file.tmp"; } > "$file"
rm "$file.tmp"
echo "declared $(printf '%s\n' "$symbols" | wc -l) symbols in $file"
