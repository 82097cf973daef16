#!/usr/bin/env bash
# The generator's command line, without MSBuild's seconds on an unchanged checkout:
#
#   bash src/briefing.sh build [options]   (same commands, options and exit codes as
#                                         `dotnet run --project src/Briefing -- build [options]`)
#
# It runs the generator as `dotnet Briefing.dll …`, published once by
#   dotnet publish src/Briefing -c Release --use-current-runtime -p:PublishReadyToRun=true -o src/Briefing/bin/launcher
# (ReadyToRun: precompiled, so a build does not wait for the JIT; bench/README.md has the figures), and
# publishes again only when something the generator is compiled from changed since the last successful
# publish: Statiq.config.cs, anything under src/ (bin/ and obj/ aside), a *.csproj, Directory.*.props or
# .targets, global.json or a NuGet config. "Changed" is decided by content, not timestamps: a SHA-256 over
# every such file's path and bytes is kept in src/Briefing/obj/launcher.stamp, so an edit, a new or deleted
# file, a branch switch or a copy that keeps old timestamps is picked up, and a touched but unchanged file
# costs nothing. A Briefing.dll written there since by anything else is newer than the stamp, so it is
# published again too. A fresh clone has no stamp: the first run publishes (a minute or two).
# Where the ReadyToRun compiler cannot be restored (offline), it publishes without ReadyToRun.
#
# The build's log is shown only when it fails (MSBuild's errors, on stderr), so stdout carries only the
# generator's output; a failed build exits 1, like a site with errors. Options pass through unchanged,
# and the generator's exit code (0 built, 1 errors, 2 usage) is the launcher's.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
project="$repo/src/Briefing/Briefing.csproj"
stamp="$repo/src/Briefing/obj/launcher.stamp"
published="$repo/src/Briefing/bin/launcher"
dll="$published/Briefing.dll"

sha=(sha256sum)
command -v sha256sum >/dev/null 2>&1 || sha=(shasum -a 256) # macOS

# Every file the generator is compiled from, in a fixed order, each with its hash; then one hash of the list.
inputs_hash() {
  (
    cd "$repo"
    {
      for f in Statiq.config.cs global.json Directory.*.props Directory.*.targets NuGet.config nuget.config; do
        [ -f "$f" ] && printf '%s\n' "$f"
      done
      find src \( -name bin -o -name obj \) -prune -o -type f -print
    } | LC_ALL=C sort | tr '\n' '\0' | xargs -0 "${sha[@]}" | "${sha[@]}"
  )
}

hash=$(inputs_hash)
hash=${hash:0:64}
up_to_date=false
if [ -f "$dll" ] && [ -f "$stamp" ] && [ "$(<"$stamp")" = "$hash" ] &&
  [ -z "$(find "$published" -maxdepth 1 -name '*.dll' -newer "$stamp" -print -quit)" ]; then
  up_to_date=true
fi

if [ "$up_to_date" = false ]; then
  echo "briefing: publishing the generator (dotnet publish src/Briefing -c Release, ReadyToRun): its sources changed or it was never built" >&2
  mkdir -p "$(dirname "$stamp")"
  # Two launchers started together publish one after the other, not over each other's files.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$stamp.lock"
    flock 9
  fi
  log="$(dirname "$stamp")/launcher-build.log"
  publish() {
    # Its own intermediate folders (obj/launcher/ of each project): another publish of the same
    # runtime with other settings (composite ReadyToRun, say) cannot leave it stale compiled files.
    dotnet publish "$project" -c Release --use-current-runtime --self-contained false -o "$published" \
      -p:IntermediateOutputPath=obj/launcher/ --nologo -v quiet -tl:off "$@" >"$log" 2>&1
  }
  if ! publish -p:PublishReadyToRun=true; then
    if grep -qi crossgen "$log" && publish -p:PublishReadyToRun=false; then
      echo "briefing: warning: published without ReadyToRun (its compiler, the Crossgen2 package, could not be restored)" >&2
    else
      cat "$log" >&2
      echo "briefing: error: the generator did not build (see above)" >&2
      exit 1
    fi
  fi
  # Hash again: a file saved during the build must not be taken as built.
  again=$(inputs_hash)
  [ "${again:0:64}" = "$hash" ] && printf '%s\n' "$hash" >"$stamp"
fi

exec dotnet "$dll" "$@" 9>&- # the lock, if taken, is not held while the site builds
