#!/usr/bin/env bash
# The generator's command line, without MSBuild's seconds on an unchanged checkout:
#
#   bash src/briefing.sh build [options]   (same commands, options and exit codes as
#                                         `dotnet run --project src/Briefing -- build [options]`)
#
# It runs the generator published once into src/Briefing/bin/launcher by
#   dotnet publish src/Briefing -c Release --use-current-runtime -p:PublishAot=true
# Native AOT: compiled to machine code ahead of time, so a build starts in milliseconds and never waits
# for the JIT (bench/README.md has the figures). It needs a C linker (clang, or gcc where clang is
# missing); without one, or when the native compile fails, it publishes with ReadyToRun instead
# (precompiled assemblies run as `dotnet Briefing.dll`), and without ReadyToRun where that compiler
# cannot be restored (offline). A C# compile error is shown as it is, with no fallback.
#
# It publishes again only when something the generator is compiled from changed since the last successful
# publish: Statiq.config.cs, anything under src/ (bin/ and obj/ aside), a *.csproj, Directory.*.props or
# .targets, global.json or a NuGet config. "Changed" is decided by content, not timestamps: a SHA-256 over
# every such file's path and bytes is kept in src/Briefing/obj/launcher.stamp, so an edit, a new or deleted
# file, a branch switch or a copy that keeps old timestamps is picked up, and a touched but unchanged file
# costs nothing. A generator written there since by anything else is newer than the stamp, so it is
# published again too. A fresh clone has no stamp: the first run publishes (two minutes or so).
#
# The build's log is shown only when it fails (MSBuild's errors, on stderr), so stdout carries only the
# generator's output; a failed build exits 1, like a site with errors. Options pass through unchanged,
# and the generator's exit code (0 built, 1 errors, 2 usage) is the launcher's.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
project="$repo/src/Briefing/Briefing.csproj"
stamp="$repo/src/Briefing/obj/launcher.stamp"
published="$repo/src/Briefing/bin/launcher"
dll="$published/Briefing.dll"   # ReadyToRun or plain: run by `dotnet`
native="$published/Briefing"    # Native AOT: run as it is (a ReadyToRun publish has one too, beside its dll)

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
if { [ -f "$dll" ] || [ -x "$native" ]; } && [ -f "$stamp" ] && [ "$(<"$stamp")" = "$hash" ] &&
  [ -z "$(find "$published" -maxdepth 1 \( -name '*.dll' -o -name Briefing \) -newer "$stamp" -print -quit)" ]; then
  up_to_date=true
fi

if [ "$up_to_date" = false ]; then
  echo "briefing: publishing the generator (dotnet publish src/Briefing -c Release, Native AOT): its sources changed or it was never built" >&2
  mkdir -p "$(dirname "$stamp")"
  # Two launchers started together publish one after the other, not over each other's files.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$stamp.lock"
    flock 9
  fi
  log="$(dirname "$stamp")/launcher-build.log"
  publish() {
    # Each kind in its own intermediate folder (obj/launcher-KIND/): one kind's compiled files are never
    # taken for another's. The folder is emptied first, so what is run is what this publish made.
    local kind=$1
    shift
    rm -rf "$published"
    dotnet publish "$project" -c Release --use-current-runtime -o "$published" \
      -p:IntermediateOutputPath="obj/launcher-$kind/" --nologo -v quiet -tl:off "$@" >"$log" 2>&1
  }
  fail() {
    cat "$log" >&2
    echo "briefing: error: the generator did not build (see above)" >&2
    exit 1
  }
  built=""
  if command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; then
    native_args=(-p:PublishAot=true)
    command -v clang >/dev/null 2>&1 || native_args+=(-p:CppCompilerAndLinker=gcc)
    if publish native "${native_args[@]}"; then
      built=native
    elif grep -q ': error CS[0-9]' "$log"; then
      fail # the code does not compile: no other kind of publish would
    else
      cp "$log" "$log.native"
      echo "briefing: note: the Native AOT publish failed (its log: ${log#"$repo"/}.native), so the generator is published with ReadyToRun, slower to start" >&2
    fi
  else
    echo "briefing: note: no C linker (clang or gcc) for Native AOT, so the generator is published with ReadyToRun, slower to start" >&2
  fi
  if [ -z "$built" ]; then
    if publish readytorun --self-contained false -p:PublishReadyToRun=true; then
      :
    elif grep -qi crossgen "$log" && publish plain --self-contained false -p:PublishReadyToRun=false; then
      echo "briefing: warning: published without ReadyToRun (its compiler, the Crossgen2 package, could not be restored)" >&2
    else
      fail
    fi
  fi
  # Hash again: a file saved during the build must not be taken as built.
  again=$(inputs_hash)
  [ "${again:0:64}" = "$hash" ] && printf '%s\n' "$hash" >"$stamp"
fi

# The lock, if taken, is not held while the site builds.
if [ -f "$dll" ]; then
  exec dotnet "$dll" "$@" 9>&-
fi
exec "$native" "$@" 9>&-
