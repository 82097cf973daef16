#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet --version >/dev/null 2>&1 || { echo "The .NET SDK is needed (see global.json)." >&2; exit 1; }

# The browser tests drive Debian's Chromium (never a browser Playwright would download);
# the Markdown tests compare with GitHub's own renderer, cmark-gfm.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/cmark-gfm ]; then
  echo "Installing Chromium and cmark-gfm for the tests..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium cmark-gfm
fi

dotnet restore Site.sln --nologo -v quiet
dotnet build Site.sln --nologo --no-restore -c Release -v quiet
dotnet format Site.sln --no-restore --verify-no-changes
dotnet test Site.sln --nologo --no-build -c Release --logger "console;verbosity=normal"
