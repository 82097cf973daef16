#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet --version >/dev/null 2>&1 || { echo "The .NET SDK is needed (see global.json)." >&2; exit 1; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# The browser tests drive Debian's Chromium (never a browser Playwright would download);
# the Markdown tests compare with GitHub's own renderer, cmark-gfm.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/cmark-gfm ]; then
  echo "Installing Chromium and cmark-gfm for the tests..."
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium cmark-gfm
fi

# A real project's Markdown for the link checks (containers/common 0.50.1, from Debian's archive), unpacked,
# not installed, outside the repository: tests read it from the folder BRIEFING_THIRD_PARTY names.
export BRIEFING_THIRD_PARTY="${TMPDIR:-/tmp}/briefing-third-party"
if [ ! -d "$BRIEFING_THIRD_PARTY/containers-common" ]; then
  echo "Fetching third-party Markdown for the tests..."
  package="golang-github-containers-common-dev=0.50.1+ds1-4"
  download="$(mktemp -d)"
  (cd "$download" && { apt-get download "$package" 2>/dev/null || { $sudo apt-get update && apt-get download "$package"; }; })
  dpkg-deb -x "$download"/*.deb "$download/unpacked"
  mkdir -p "$BRIEFING_THIRD_PARTY"
  mv "$download/unpacked/usr/share/gocode/src/github.com/containers/common" "$BRIEFING_THIRD_PARTY/containers-common"
  rm -rf "$download"
fi

dotnet restore Site.sln --nologo -v quiet
dotnet build Site.sln --nologo --no-restore -c Release -v quiet
dotnet format Site.sln --no-restore --verify-no-changes
dotnet test Site.sln --nologo --no-build -c Release --logger "console;verbosity=normal"
# The generator as the README's build command publishes it (Native AOT where it can) builds what the tests built.
bash tests/published-generator.sh
