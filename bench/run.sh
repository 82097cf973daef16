#!/usr/bin/env bash
# Build benchmark: our generator against Hugo on the same generated Markdown (see bench/README.md).
#
#   bash bench/run.sh [--sizes "100 1000 10000"] [--runs 5] [--runs-large 5] [--github-size 1000] [--quiet-wait 120]
#                     [--hugo-up-to 10000]
#
# Environment instead of options: BENCH_SIZES, BENCH_RUNS, BENCH_RUNS_LARGE (runs for N >= 10,000),
# BENCH_HUGO_UP_TO (larger sizes are built by ours only: Hugo took 3.3 GiB at 10,000 pages, so 100,000
# would not fit this machine's memory),
# BENCH_GITHUB_SIZE (0 skips the --github-style corpus), BENCH_QUIET_WAIT (seconds each run may wait
# for other processes to leave the CPUs idle, default 120), BENCH_REDO (times a run disturbed by other
# processes is done again, default 3), BENCH_DISTURBED (the share of the CPUs, in %, that other
# processes may take during a run before it counts as disturbed, default 25). Runs from any directory. Installs Hugo and
# GNU time from Debian's packages if missing; downloads nothing else. Corpora go to bench/corpus/,
# builds, logs and the tables to bench/results/ (both git-ignored).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH")"
CORPUS="$BENCH/corpus"
RESULTS="$BENCH/results"
OUT="$RESULTS/out"
LOGS="$RESULTS/logs"

SIZES="${BENCH_SIZES:-100 1000 10000}"
RUNS="${BENCH_RUNS:-5}"
RUNS_LARGE="${BENCH_RUNS_LARGE:-}"
GITHUB_SIZE="${BENCH_GITHUB_SIZE:-1000}"
QUIET_WAIT="${BENCH_QUIET_WAIT:-120}"
HUGO_UP_TO="${BENCH_HUGO_UP_TO:-10000}"
REDO="${BENCH_REDO:-3}"
DISTURBED="${BENCH_DISTURBED:-25}"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --runs-large) RUNS_LARGE="$2"; shift 2 ;;
    --github-size) GITHUB_SIZE="$2"; shift 2 ;;
    --quiet-wait) QUIET_WAIT="$2"; shift 2 ;;
    --hugo-up-to) HUGO_UP_TO="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
RUNS_LARGE="${RUNS_LARGE:-$RUNS}"

say() { printf '\n== %s\n' "$*" >&2; }

# --- Tools -------------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian's packages"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
command -v python3 >/dev/null || { echo "run.sh: python3 is needed for the corpus generator" >&2; exit 1; }

mkdir -p "$CORPUS" "$RESULTS" "$OUT" "$LOGS"

# --- Our generator, as the README runs it: src/briefing.sh (published in Release, ReadyToRun) -----
# The first call publishes when the generator's sources changed; every timed run is then the README's
# command, launcher included.
say "publishing src/Briefing (Release, ReadyToRun) with src/briefing.sh"
for attempt in 1 2 3; do
  if bash "$REPO/src/briefing.sh" --help >"$LOGS/dotnet-build.log" 2>&1; then
    break
  fi
  if [ "$attempt" -eq 3 ]; then
    grep -E "error" "$LOGS/dotnet-build.log" | head -20 >&2
    echo "run.sh: the generator does not build (log: $LOGS/dotnet-build.log)" >&2
    exit 1
  fi
  echo "build failed (attempt $attempt); retrying in 60 s" >&2
  sleep 60
done
OURS=(bash "$REPO/src/briefing.sh")

# --- Corpora -------------------------------------------------------------------------------------
GEN_HASH="$(sha256sum "$BENCH/corpus.py" | cut -c1-16)"

# corpus DIR N [--github-style]: (re)generates only when corpus.py or the arguments changed.
corpus() {
  local dir="$1" n="$2"; shift 2
  local stamp="$GEN_HASH $n $*"
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
    return
  fi
  python3 "$BENCH/corpus.py" "$n" "$dir" "$@"
  echo "$stamp" >"$dir/.stamp"
}

# hugo_site N: an equivalent minimal Hugo site around a copy of corpus/generic-N.
hugo_site() {
  local n="$1" site="$CORPUS/hugo-$n"
  local stamp="$GEN_HASH $n hugo-site-2"
  if [ -f "$site/.stamp" ] && [ "$(cat "$site/.stamp")" = "$stamp" ]; then
    return
  fi
  rm -rf "$site"
  mkdir -p "$site/layouts/_default"
  cp -r "$CORPUS/generic-$n" "$site/content"
  rm -f "$site/content/.stamp"
  cat >"$site/config.toml" <<'EOF'
baseURL = "https://example.org/"
languageCode = "en"
title = "Bench"
# Ours makes no tag pages; Hugo's sections, home, RSS and sitemap are kept (ours writes a feed and a sitemap).
disableKinds = ["taxonomy", "term"]
[markup.goldmark.renderer]
  unsafe = true          # raw HTML passes through, as in ours
[markup.tableOfContents]
  startLevel = 2
  endLevel = 3
EOF
  cat >"$site/layouts/_default/baseof.html" <<'EOF'
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
EOF
  cat >"$site/layouts/_default/single.html" <<'EOF'
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ end }}
{{ with .Params.tags }}<ul class="tags">{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
<nav class="toc">{{ .TableOfContents }}</nav>
{{ .Content }}
</article>
{{ end }}
EOF
  cat >"$site/layouts/_default/list.html" <<'EOF'
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
EOF
  echo "$stamp" >"$site/.stamp"
}

# --- Measuring -----------------------------------------------------------------------------------
TSV="$RESULTS/runs.tsv"
printf 'case\tsize\ttool\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\texit\tothers_cpu_s\n' >"$TSV"
: >"$RESULTS/runs-discarded.tsv"
FAILED=()
NPROC="$(nproc)"

# Busy CPU time of the whole machine so far, in ticks of 1/100 s (user nice system irq softirq steal).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# The machine is shared (builds and tests of others may run): before each run, wait until the
# CPUs were less than 20% busy over one second, for at most QUIET_WAIT seconds.
wait_quiet() {
  local waited=0 a b
  while :; do
    a="$(busy_ticks)"; sleep 1; b="$(busy_ticks)"
    [ $((b - a)) -lt $((20 * NPROC)) ] && return 0
    waited=$((waited + 1))
    if [ "$waited" -ge "$QUIET_WAIT" ]; then
      echo "  the machine is still busy after ${QUIET_WAIT} s; measuring anyway" >&2
      return 0
    fi
  done
}

# measure CASE SIZE RUNS TOOL...: one warm-up, then RUNS timed runs of each TOOL, the tools taking
# turns (ours, Hugo, ours, Hugo...) so that a drift of the machine during the case hits both alike.
# A TOOL's command is the array cmd_TOOL, its output folder out_TOOL.
measure() {
  local case="$1" size="$2" runs="$3"; shift 3
  local tools=("$@") failed=" " run tool
  echo "$case: ${tools[*]}; warm-up + $runs runs each, taking turns" >&2
  for run in $(seq 0 "$runs"); do
    for tool in "${tools[@]}"; do
      [[ "$failed" == *" $tool "* ]] && continue
      one_run "$case" "$size" "$tool" "$run" || failed+="$tool "
    done
  done
  for tool in "${tools[@]}"; do
    grep -E "warning|error" "$LOGS/$case-$tool.log" | head -3 | sed "s/^/  ($tool, last run) /" >&2 || true
  done
}

# one_run CASE SIZE TOOL RUN: one build into an emptied output folder (emptied and flushed outside
# the timing); run 0 is the warm-up and is not recorded. Fails, printing the first diagnostics, when
# the build does.
one_run() {
  local case="$1" size="$2" tool="$3" run="$4"
  local -n cmd="cmd_$tool" outdir="out_$tool"
  local log="$LOGS/$case-$tool.log" timef="$LOGS/$case-$tool.time"
  local redone=0 line others wall rc t0 t1
  while :; do
    rm -rf "$outdir"
    sync            # the previous run's writes are flushed outside the timing
    wait_quiet
    rc=0
    t0="$(busy_ticks)"
    /usr/bin/time -v -o "$timef" "${cmd[@]}" >"$log" 2>&1 || rc=$?
    t1="$(busy_ticks)"
    if [ "$rc" -ne 0 ]; then
      echo "  $tool FAILED (exit $rc) on run $run; first lines of its output ($log):" >&2
      grep -E "(error|warning) [A-Z]+[0-9]+|rror" "$log" | head -20 | sed 's/^/    /' >&2 || true
      tail -5 "$log" | sed 's/^/    /' >&2
      FAILED+=("$case $tool: exit $rc (see $log)")
      printf '%s\t%s\t%s\t%s\t\t\t\t\t%s\t\n' "$case" "$size" "$tool" "$run" "$rc" >>"$TSV"
      return 1
    fi
    [ "$run" -eq 0 ] && return 0   # the warm-up is not counted
    # others_cpu_s: what the whole machine was busy during the run beyond the measured process
    # (other users' processes, and kernel threads such as writeback working for anyone).
    line="$(awk -v c="$case" -v n="$size" -v t="$tool" -v r="$run" -v busy="$((t1 - t0))" -F': ' '
      /User time \(seconds\)/ { user = $2 }
      /System time \(seconds\)/ { sys = $2 }
      /Elapsed \(wall clock\) time/ {
        k = split($NF, p, ":"); wall = 0
        for (i = 1; i <= k; i++) wall = wall * 60 + p[i]
      }
      /Maximum resident set size/ { rss = $2 }
      END {
        others = busy / 100 - user - sys; if (others < 0) others = 0
        printf "%s\t%s\t%s\t%s\t%.2f\t%s\t%s\t%s\t0\t%.2f\n", c, n, t, r, wall, user, sys, rss, others
      }
    ' "$timef")"
    wall="$(cut -f5 <<<"$line")"; others="$(cut -f10 <<<"$line")"
    # A run during which the rest of the machine took more than DISTURBED% of its CPUs is done again
    # (at most REDO times; after that it is kept, and the others' CPU column shows it).
    if awk -v o="$others" -v w="$wall" -v np="$NPROC" -v d="$DISTURBED" 'BEGIN { exit !(o > 0.1 && o > d / 100 * w * np) }' \
       && [ "$redone" -lt "$REDO" ]; then
      redone=$((redone + 1))
      echo "  $tool run $run disturbed (others used ${others} s of CPU in ${wall} s); again" >&2
      printf '%s\n' "$line" >>"$RESULTS/runs-discarded.tsv"
      continue
    fi
    printf '%s\n' "$line" >>"$TSV"
    return 0
  done
}

# pages_built DIR: page-*/index.html files under section folders (every corpus page renders to one).
pages_built() { find "$1" -path '*/section-*/page-*/index.html' 2>/dev/null | wc -l; }

check_pages() {
  local what="$1" dir="$2" expected="$3" got
  got="$(pages_built "$dir")"
  if [ "$got" -ne "$expected" ]; then
    echo "  $what rendered $got of $expected pages" >&2
    FAILED+=("$what: rendered $got of $expected pages")
  fi
}

say "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; dotnet $(dotnet --version); $(hugo version | cut -d' ' -f1-2)"

for n in $SIZES; do
  runs="$RUNS"; [ "$n" -ge 10000 ] && runs="$RUNS_LARGE"
  say "N = $n ($runs runs)"
  corpus "$CORPUS/generic-$n" "$n"
  out_ours="$OUT/ours-$n"
  cmd_ours=("${OURS[@]}" build --root "$REPO" --input "$CORPUS/generic-$n" --output "$out_ours")
  if [ "$n" -le "$HUGO_UP_TO" ]; then
    hugo_site "$n"
    out_hugo="$OUT/hugo-$n"
    cmd_hugo=(hugo --source "$CORPUS/hugo-$n" --destination "$out_hugo")
    measure "generic-$n" "$n" "$runs" ours hugo
    check_pages "hugo generic-$n" "$out_hugo" "$n"
  else
    echo "  (Hugo not run above $HUGO_UP_TO pages: --hugo-up-to)" >&2
    measure "generic-$n" "$n" "$runs" ours
  fi
  check_pages "ours generic-$n" "$out_ours" "$n"
done

if [ "$GITHUB_SIZE" -gt 0 ]; then
  n="$GITHUB_SIZE"
  say "--github-style, N = $n (ours only, alternating with the generic corpus of that size)"
  # Measured again here, alternating, rather than compared with the generic case above: this
  # machine's system time drifts upward after heavy file churn (the 10,000-page case), which would
  # otherwise count against whichever case runs later.
  corpus "$CORPUS/github-$n" "$n" --github-style
  corpus "$CORPUS/generic-$n" "$n"
  out_github="$OUT/ours-github-$n"
  cmd_github=("${OURS[@]}" build --root "$REPO" --input "$CORPUS/github-$n" --output "$out_github")
  out_generic="$OUT/ours-generic-$n"
  cmd_generic=("${OURS[@]}" build --root "$REPO" --input "$CORPUS/generic-$n" --output "$out_generic")
  measure "github-$n" "$n" "$RUNS" generic github
  check_pages "ours github-$n" "$out_github" "$n"
fi

say "the real briefing and the cost of starting"
REAL_PAGES="$(find "$REPO/input" -name '*.md' | wc -l)"
out_real="$OUT/real"
cmd_real=("${OURS[@]}" build --root "$REPO" --output "$out_real")
measure "real" "$REAL_PAGES" "$RUNS" real

EMPTY="$CORPUS/empty"
rm -rf "$EMPTY" && mkdir -p "$EMPTY"
EMPTY_KIND="an empty folder"
if ! "${OURS[@]}" build --root "$REPO" --input "$EMPTY" --output "$OUT/empty" >"$LOGS/empty-probe.log" 2>&1; then
  printf -- '---\ntitle: Empty\n---\n\nOne line.\n' >"$EMPTY/index.md"
  EMPTY_KIND="a folder holding one minimal index.md (an empty folder fails: see $LOGS/empty-probe.log)"
fi
echo "start-up measured on $EMPTY_KIND" >&2
out_empty="$OUT/empty"
cmd_empty=("${OURS[@]}" build --root "$REPO" --input "$EMPTY" --output "$out_empty")
measure "empty" 0 "$RUNS" empty

# --- The table -----------------------------------------------------------------------------------
python3 - "$TSV" "$EMPTY_KIND" "$RESULTS/latest.md" "$DISTURBED" "$REDO" <<'EOF'
import csv, statistics, sys

tsv, empty_kind, latest, disturbed, redo = sys.argv[1:6]
rows = list(csv.DictReader(open(tsv), delimiter="\t"))
fields = list(rows[0].keys()) if rows else []
discarded_file = tsv.replace("runs.tsv", "runs-discarded.tsv")
discarded = {}
for line in open(discarded_file):
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 3:
        discarded[(parts[0], parts[2])] = discarded.get((parts[0], parts[2]), 0) + 1
groups = {}
for r in rows:
    groups.setdefault((r["case"], r["tool"]), []).append(r)

def summary(case, tool):
    rs = groups.get((case, tool))
    if not rs:
        return None
    if any(r["exit"] != "0" for r in rs):
        return {"failed": rs[-1]["exit"], "size": int(rs[0]["size"])}
    wall = statistics.median(float(r["wall_s"]) for r in rs)
    cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in rs)
    rss = max(int(r["maxrss_kb"]) for r in rs) / 1024
    others = statistics.median(float(r["others_cpu_s"] or 0) for r in rs)
    redone = discarded.get((case, tool), 0)
    return {"size": int(rs[0]["size"]), "runs": f"{len(rs)}" + (f" (+{redone} redone)" if redone else ""),
            "wall": wall, "cpu": cpu, "rss": rss, "others": others}

out = []
out.append("| N | tool | runs | wall (median) | CPU user+sys (median) | peak RSS (max) | pages/s | wall ours/Hugo | others' CPU (median) |")
out.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
cases = []
for (case, _tool) in groups:
    if case not in cases:
        cases.append(case)

def line(label, tool, s, ratio=""):
    if s is None:
        return
    if "failed" in s:
        out.append(f"| {label} | {tool} | | FAILED (exit {s['failed']}) | | | | | |")
        return
    pps = f"{s['size'] / s['wall']:,.0f}" if s["size"] and s["wall"] > 0 else "–"
    out.append(f"| {label} | {tool} | {s['runs']} | {s['wall']:.2f} s | {s['cpu']:.2f} s | {s['rss']:,.0f} MiB | {pps} | {ratio} | {s['others']:.2f} s |")

for case in [c for c in cases if c.startswith("generic-")]:
    ours, hugo = summary(case, "ours"), summary(case, "hugo")
    n = (ours or hugo)["size"]
    ratio = ""
    if ours and hugo and "failed" not in ours and "failed" not in hugo and hugo["wall"] > 0:
        ratio = f"{ours['wall'] / hugo['wall']:.2f}"
    line(f"{n:,}", "ours", ours, ratio)
    line(f"{n:,}", "Hugo", hugo)

extra = []
# How peak memory grows with the site: MiB per 1,000 pages between each size and the next.
grown = sorted((s["size"], s["rss"]) for s in (summary(c, "ours") for c in cases if c.startswith("generic-")) if s and "failed" not in s)
steps = [f"{a:,} to {b:,} pages: {(rb - ra) / (b - a) * 1000:,.1f} MiB per 1,000 pages" for (a, ra), (b, rb) in zip(grown, grown[1:])]
if steps:
    extra.append("- Peak memory's growth (ours): " + "; ".join(steps) + ".")
for case in [c for c in cases if c.startswith("github-")]:
    s = summary(case, "github")
    g = summary(case, "generic")
    line(f"{s['size']:,} --github-style", "ours", s)
    line(f"{g['size']:,} generic, alternating with it", "ours", g)
    if s and g and "failed" not in s and "failed" not in g:
        extra.append(f"- {s['size']:,} pages, --github-style: {s['wall']:.2f} s wall beside {g['wall']:.2f} s for the generic corpus of the same size, the two builds alternating.")
real = summary("real", "real")
line(f"real briefing ({real['size']} .md)" if real else "real", "ours", real)
empty = summary("empty", "empty")
line("empty input", "ours", empty)
if real and "failed" not in real:
    extra.append(f"- The real briefing (`build --root` the repository, {real['size']} Markdown files): {real['wall']:.2f} s wall, median of {real['runs']}, process start included.")
if empty and "failed" not in empty:
    extra.append(f"- Starting the process: a build of {empty_kind} takes {empty['wall']:.2f} s wall ({empty['cpu']:.2f} s CPU, {empty['rss']:,.0f} MiB).")

extra.append("- others' CPU: CPU time the rest of the machine used during a run (from /proc/stat), a sign of interference when well above 0; "
             f"a run where it passed {disturbed}% of the machine was done again (\"redone\"), at most {redo} times.")
text = "\n".join(out + [""] + extra) + "\n"
print(text)
open(latest, "w").write(text)
EOF

if [ ${#FAILED[@]} -gt 0 ]; then
  say "problems"
  printf '  %s\n' "${FAILED[@]}" >&2
  exit 1
fi
echo "Runs: $TSV; table: $RESULTS/latest.md; logs: $LOGS/" >&2
