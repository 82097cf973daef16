#!/usr/bin/env bash
# The generator as the README's build command runs it (src/briefing.sh: Native AOT where a C linker
# exists, else ReadyToRun) must build what the tested generator builds (the Release build the tests
# ran): a Native AOT build has no JIT and no code made at run time, so reflection it cannot serve would
# differ here, not in the tests. Compared byte for byte on the briefing, on a real project's Markdown,
# and on a site with mistakes (same messages, same exit code). Called by tests/run-all.sh after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

tested=(dotnet src/Briefing/bin/Release/net10.0/Briefing.dll)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Publishes if needed (its log is shown only if that fails); the build itself is compared below.
bash src/briefing.sh --help >/dev/null
# Which kind the launcher made, so a machine without a C linker does not pass for a Native AOT check.
if [ -f src/Briefing/bin/launcher/Briefing.dll ]; then
  echo "published-generator: comparing the ReadyToRun generator (Native AOT was not published here: see the launcher's note)"
else
  echo "published-generator: comparing the Native AOT generator"
fi

failures=0
# compare NAME ARGS...: builds with both generators into their own folders and compares exit codes,
# messages (stderr; stdout holds timings) and every output byte.
compare() {
  local name=$1
  shift
  local published_code=0 tested_code=0
  bash src/briefing.sh build --no-cache --output "$work/$name-published" "$@" >/dev/null 2>"$work/$name-published.err" || published_code=$?
  "${tested[@]}" build --no-cache --output "$work/$name-tested" "$@" >/dev/null 2>"$work/$name-tested.err" || tested_code=$?
  if [ "$published_code" != "$tested_code" ]; then
    echo "published-generator: $name: exit code $published_code, the tested generator's $tested_code" >&2
    failures=$((failures + 1))
  fi
  if ! diff -u "$work/$name-tested.err" "$work/$name-published.err" >&2; then
    echo "published-generator: $name: the messages differ (above)" >&2
    failures=$((failures + 1))
  fi
  if [ -d "$work/$name-tested" ] || [ -d "$work/$name-published" ]; then
    if ! diff -r "$work/$name-tested" "$work/$name-published" >&2; then
      echo "published-generator: $name: the output differs (above)" >&2
      failures=$((failures + 1))
    fi
  fi
  echo "published-generator: $name: exit code $published_code, $(find "$work/$name-published" -type f 2>/dev/null | wc -l) files compared"
}

compare briefing --base-url https://briefing.test
# containers/common's docs (fetched by run-all.sh), less their one link to a missing anchor, so both write a site.
cp -r "${BRIEFING_THIRD_PARTY:-${TMPDIR:-/tmp}/briefing-third-party}/containers-common" "$work/containers-common"
sed -i 's/#environment-replacement//' "$work/containers-common/docs/Containerfile.5.md"
compare third-party --input "$work/containers-common" --base-url https://briefing.test

# A site with mistakes: an unknown source, a broken link and bad YAML, each reported at its place.
mistakes="$work/mistakes"
cp -r input "$mistakes"
printf '\nA claim [@no-such-source], and [a link](missing.md).\n' >>"$(find "$mistakes" -name '*.md' | sort | head -n 1)"
printf 'oops: [unclosed\n' >>"$mistakes/data/site.yml"
compare mistakes --input "$mistakes"

if [ "$failures" -gt 0 ]; then
  echo "published-generator: $failures difference(s) between the published and the tested generator" >&2
  exit 1
fi
