#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the tool manifest's dotnet-stryker): mutates the files of one
# namespace of a library and runs the tests against each mutant (Release build: the properties run
# about twice as fast as in Debug). Reports (HTML, JSON) go to the output folder; docs/quality.md
# records the scores and the survivors judged equivalent.
# Usage: eng/mutation.sh [project, default CareerModel] [folder globs, ';' between them, default **/*.cs] [output folder] [test filter]
#   eng/mutation.sh CareerModel '**/Monetary/**/*.cs'
#   eng/mutation.sh CareerModel '**/Assessment/**/*.cs;**/People/**/*.cs'
#   eng/mutation.sh CareerModel.Onet '**/Internal/**/*.cs'
#   eng/mutation.sh CareerModel '**/Compensation/**/*.cs' artifacts/mutation/compensation 'FullyQualifiedName~CareerModel.Tests.Compensation'
#   eng/mutation.sh CareerModel '**/Recommendation/**/*.cs' '' broad
# The test filter (dotnet test's --filter syntax) runs only some tests against each mutant: a
# namespace measured by its own tests alone scores no higher than by the whole suite, in a
# fraction of the time. About 12 mutants a minute on 2 cores with the whole suite. "broad" is
# every test but those that start processes (Cli, Samples), read the whole O*NET or ESCO release
# (Onet, Esco, Fuzzing) or run for seconds on purpose (Concurrency, the 200,000-person ranking):
# they cost most of the time, and a mutant only they would kill counts as surviving (the score
# is a lower bound).
# Run it in a real terminal or with no terminal at all: under a pseudo-terminal of no width (such
# as `script` gives a background job) Stryker 5.1.0's progress bar throws at the very end, before
# the reports are written.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
project=${1:-CareerModel}
mutate=${2:-**/*.cs}
out=${3:-$root/artifacts/mutation/$project}
filter=${4:-}
if [ "$filter" = broad ]; then
  filter='FullyQualifiedName!~CareerModel.Tests.Cli&FullyQualifiedName!~CareerModel.Tests.Samples&FullyQualifiedName!~CareerModel.Tests.Esco&FullyQualifiedName!~CareerModel.Tests.Onet&FullyQualifiedName!~CareerModel.Tests.Concurrency&FullyQualifiedName!~CareerModel.Tests.Fuzzing&FullyQualifiedName!~200_000'
fi
cd "$root"
dotnet tool restore > /dev/null
# Stryker is run from the test project, which references both libraries; -p picks the one to mutate.
cd tests/CareerModel.Tests
args=(--project "$project.csproj" --concurrency 2 --configuration Release
  --reporter html --reporter json --reporter progress --output "$out")
IFS=';' read -ra globs <<< "$mutate"
for glob in "${globs[@]}"; do args+=(--mutate "$glob"); done
[ -z "$filter" ] || args+=(--test-case-filter "$filter")
dotnet stryker "${args[@]}"
echo "mutation: reports in $out/reports"
