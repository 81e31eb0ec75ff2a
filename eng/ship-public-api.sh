#!/usr/bin/env bash
# Ships the public API at a release: moves every declaration of PublicAPI.Unshipped.txt into
# PublicAPI.Shipped.txt (a *REMOVED* line deletes its symbol from the shipped file instead), sorted,
# and leaves the unshipped file empty. From then on the analyzers report any change to a shipped symbol.
# Usage: eng/ship-public-api.sh [project folder ...]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(dirname src/*/PublicAPI.Unshipped.txt)
for project in "${projects[@]}"; do
  unshipped="$project/PublicAPI.Unshipped.txt"
  shipped="$project/PublicAPI.Shipped.txt"
  removed=$(grep '^\*REMOVED\*' "$unshipped" | sed 's/^\*REMOVED\*//' || true)
  {
    grep -v '^#nullable enable$' "$shipped" | grep -vxF -f <(printf '%s\n' "$removed" | grep -v '^$') || true
    grep -v '^#nullable enable$' "$unshipped" | grep -v '^\*REMOVED\*' || true
  } | { grep -v '^$' || true; } | LC_ALL=C sort -u > "$shipped.tmp"
  { echo '#nullable enable'; cat "$shipped.tmp"; } > "$shipped"
  rm "$shipped.tmp"
  echo '#nullable enable' > "$unshipped"
  echo "$project: $(grep -vc '^#nullable enable$' "$shipped" || true) symbols shipped"
done
