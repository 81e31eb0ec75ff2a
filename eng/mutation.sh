#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the tool manifest's dotnet-stryker): mutates the files of one
# namespace of a library and runs the test suite against each mutant. Reports (HTML, JSON) go to
# the output folder; docs/quality.md records the scores and the survivors judged equivalent.
# Usage: eng/mutation.sh [project, default CareerModel] [folder glob, default **/*.cs] [output folder]
#   eng/mutation.sh CareerModel '**/Monetary/**/*.cs'
#   eng/mutation.sh CareerModel.Onet '**/Internal/**/*.cs'
# About 13 mutants a minute on 2 cores: a namespace takes 25–60 minutes, the whole core hours.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
project=${1:-CareerModel}
mutate=${2:-**/*.cs}
out=${3:-$root/artifacts/mutation/$project}
cd "$root"
dotnet tool restore > /dev/null
# Stryker is run from the test project, which references both libraries; -p picks the one to mutate.
cd tests/CareerModel.Tests
dotnet stryker --project "$project.csproj" --mutate "$mutate" --concurrency 2 \
  --reporter html --reporter json --reporter progress --output "$out"
echo "mutation: reports in $out/reports"
