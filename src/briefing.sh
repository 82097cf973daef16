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
# costs nothing. The hash is taken again only when one of those files' status-change times moved since
# the last check (src/Briefing/obj/launcher.checked), so an unchanged checkout costs one `find`. A
# generator written there since by anything else is newer than the stamp, so it is published again too.
# A fresh clone has no stamp: the first run publishes (two minutes or so).
#
# The build's log is shown only when it fails (MSBuild's errors, on stderr), so stdout carries only the
# generator's output; a failed build exits 1, like a site with errors. Options pass through unchanged,
# and the generator's exit code (0 built, 1 errors, 2 usage) is the launcher's.
set -euo pipefail

# What runs on every call uses bash's builtins where it can: on an unchanged checkout the launcher's own
# cost is starting bash and one `find` (each process started costs milliseconds).
here=${BASH_SOURCE[0]%/*}
[ "$here" != "${BASH_SOURCE[0]}" ] || here=.
# The repository's physical path, found by going there and back rather than in a subshell.
CDPATH='' cd -P "$here/.."
repo=$PWD
cd "$OLDPWD"
project="$repo/src/Briefing/Briefing.csproj"
stamp="$repo/src/Briefing/obj/launcher.stamp"
checked="$repo/src/Briefing/obj/launcher.checked"
published="$repo/src/Briefing/bin/launcher"
dll="$published/Briefing.dll"   # ReadyToRun or plain: run by `dotnet`
native="$published/Briefing"    # Native AOT: run as it is (a ReadyToRun publish has one too, beside its dll)

sha=(sha256sum)
command -v sha256sum >/dev/null 2>&1 || sha=(shasum -a 256) # macOS

# The top-level files the generator is compiled from: one name per line into $top_level, full paths into $top_paths.
top_level=""
top_paths=()
for f in "$repo"/Statiq.config.cs "$repo"/global.json "$repo"/Directory.*.props "$repo"/Directory.*.targets "$repo"/NuGet.config "$repo"/nuget.config; do
  if [ -f "$f" ]; then
    top_level+="${f##*/}"$'\n'
    top_paths+=("$f")
  fi
done

# Every file the generator is compiled from, in a fixed order, each with its hash; then one hash of the list.
inputs_hash() {
  (
    cd "$repo"
    {
      printf '%s' "$top_level"
      find src \( -name bin -o -name obj \) -prune -o -type f -print
    } | LC_ALL=C sort | tr '\n' '\0' | xargs -0 "${sha[@]}" | "${sha[@]}"
  )
}

# The first line of file $1 into $line (empty if it has none), without starting a process.
first_line() {
  line=""
  [ -f "$1" ] && IFS= read -r line <"$1" || true
}

# Whether any of those files changed since $checked was set: an edit, a copy over it (even one that keeps
# the old modification time), a touch, a rename or a file added or removed under src/ moves a status-change
# time (ctime), which no tool can set back. So when nothing moved, the hash is not taken again. $checked
# holds the top-level names it was set for: one added or removed there is a change too.
unchanged_since_checked() {
  local recorded="" moved
  [ -f "$checked" ] || return 1
  IFS= read -r -d '' recorded <"$checked" || true
  [ "$recorded" = "$top_level" ] || return 1
  # Full paths, so that the substitution runs `find` itself rather than a subshell that changes folder first.
  moved=$(find "${top_paths[@]}" "$repo/src" \( -name bin -o -name obj \) -prune -o -cnewer "$checked" -print -quit 2>/dev/null) || return 1
  [ -z "$moved" ]
}

# Records that the inputs as they were at second $1 (rounded down) are the stamp's: $checked's modification
# time is set a second before, so a change made while they were read, or within the clocks' coarseness, is
# seen next time. Where `touch -d @SECONDS` is not understood (BSD), there is no record and the hash is taken every time.
record_checked() {
  { printf '%s' "$top_level" >"$checked" && touch -d "@$(($1 - 1))" "$checked" 2>/dev/null; } || rm -f "$checked"
}

# A generator in the publish folder newer than the stamp was written there by something else.
generator_replaced() {
  local f
  for f in "$published"/*.dll "$native"; do
    if [ -e "$f" ] && [ "$f" -nt "$stamp" ]; then return 0; fi
  done
  return 1
}

started=${EPOCHSECONDS:-$(date +%s)}
first_line "$stamp"
stamped=$line
if [ -n "$stamped" ] && unchanged_since_checked; then
  hash=$stamped
  checked_now=true
else
  hash=$(inputs_hash)
  hash=${hash:0:64}
  checked_now=false
fi
up_to_date=false
if { [ -f "$dll" ] || [ -x "$native" ]; } && [ "$stamped" = "$hash" ] && ! generator_replaced; then
  up_to_date=true
  [ "$checked_now" = true ] || record_checked "$started"
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
  if [ "${again:0:64}" = "$hash" ]; then
    printf '%s\n' "$hash" >"$stamp"
    record_checked "$started"
  fi
fi

# The lock, if taken, is not held while the site builds.
if [ -f "$dll" ]; then
  exec dotnet "$dll" "$@" 9>&-
fi
exec "$native" "$@" 9>&-
