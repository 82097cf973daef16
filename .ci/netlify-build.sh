#!/usr/bin/env bash
# Netlify's build command. Netlify's build image may or may not ship a .NET SDK: install the one
# global.json pins (Microsoft's documented dotnet-install script) when dotnet is missing or older,
# then build with the README's command, failing on warnings, with the site's public address.
set -euo pipefail
cd "$(dirname "$0")/.."

wanted=$(sed -n 's/.*"version"[^"]*"\([0-9]*\.[0-9]*\)\..*/\1/p' global.json)
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q "^${wanted}\."; then
  echo "Installing the .NET SDK ${wanted} (global.json)"
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
  export DOTNET_ROOT="$HOME/.dotnet"
fi

# Netlify sets URL to the site's main address; a deploy preview has its own in DEPLOY_PRIME_URL.
base_url="${URL:-https://example.org}"
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  base_url="$DEPLOY_PRIME_URL"
fi
# The README's build command: publishes the generator (Release, Native AOT, else ReadyToRun) on this fresh clone, then builds.
bash src/briefing.sh build --strict --base-url "$base_url"
