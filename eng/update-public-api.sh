#!/usr/bin/env bash
# Declares every public symbol the build reports as undeclared (RS0016) in PublicAPI.Unshipped.txt
# and removes the ones it reports as gone (RS0017) — marking shipped ones *REMOVED* — then sorts the file. Run after changing the
# public API; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/CareerModel}
file="$project/PublicAPI.Unshipped.txt"
output=$(dotnet build "$project" --no-incremental 2>&1 || true)
added=$(printf '%s\n' "$output" | grep -o "RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
removed=$(printf '%s\n' "$output" | grep -o "RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" \
  | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API.*$/\1/" | sort -u || true)
if [ -z "$added" ] && [ -z "$removed" ]; then
  echo "public API files are up to date"
  exit 0
fi
# A removed symbol that was shipped (in PublicAPI.Shipped.txt) is recorded as *REMOVED* in the unshipped file.
shipped="$project/PublicAPI.Shipped.txt"
gone=$(printf '%s\n' "$removed" | grep -v '^$' | grep -xF -f - "$shipped" | sed 's/^/*REMOVED*/' || true)
{ tail -n +2 "$file"; printf '%s\n' "$added"; printf '%s\n' "$gone"; } | grep -v '^$' | sort -u | grep -vxF -f <(printf '%s\n' "$removed" | grep -v '^$') > "$file.tmp" || true
{ echo '#nullable enable'; cat "$file.tmp"; } > "$file"
rm "$file.tmp"
echo "declared $(printf '%s' "$added" | grep -c . || true) and removed $(printf '%s' "$removed" | grep -c . || true) symbols in $file"
