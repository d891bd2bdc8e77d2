#!/usr/bin/env bash
# Start-up time of published apps (issue 19, goal 3): wall time from starting the process to its first 200 answer,
# each run with a fresh data folder and a fresh port, the apps taking turns (A B A B ...), median of the runs.
#   tools/measure-startup.sh [-n RUNS] NAME PATH PROBE [NAME PATH PROBE ...]
#     PATH  a published app: an executable (Undertone's download) or a .dll (started with `dotnet`)
#     PROBE the path asked until it answers 200: /healthz for Undertone, / for the template
# e.g.
#   tools/measure-startup.sh -n 7 undertone artifacts/publish/linux-x64/Undertone /healthz \
#                                 template /tmp/benchwork/hellomud/out/hellomud.dll /
#   -w  everyday starts: Undertone starts each run on a copy of a data folder that one unmeasured start made (its
#       database migrated, its keys made), as the template keeps its key ring in ~/.aspnet between runs.
#       Without -w every run is a first start on an empty data folder.
# Prints one line per run and a summary per app (median, min, max in ms) with the load average before and after.
# The apps run in Production (no ASPNETCORE_ENVIRONMENT), Undertone with Undertone:OpenBrowser=false.
set -euo pipefail

runs=7
warm=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    -w) warm=true; shift ;;
    *) break ;;
  esac
done
if [ $# -lt 3 ] || [ $(($# % 3)) -ne 0 ]; then
  sed -n '2,14p' "$0" >&2
  exit 2
fi

names=(); paths=(); probes=()
while [ $# -gt 0 ]; do names+=("$1"); paths+=("$(realpath "$2")"); probes+=("$3"); shift 3; done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# One run on the data folder $3: prints the milliseconds from exec to the first 200.
measure() {
  local path=$1 probe=$2 data=$3 port pid start now code
  port=$(free_port)
  cd "$(dirname "$path")"
  start=$(date +%s%N)
  if [[ "$path" == *.dll ]]; then
    dotnet "$path" --urls "http://127.0.0.1:$port" > "$data.log" 2>&1 &
  else
    UNDERTONE_DATA="$data" Undertone__OpenBrowser=false "$path" --urls "http://127.0.0.1:$port" > "$data.log" 2>&1 &
  fi
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port$probe" || true)
    if [ "$code" = 200 ]; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped before it answered; its output:" >&2; cat "$data.log" >&2; exit 1; fi
    sleep 0.005
  done
  now=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (now - start) / 1000000 ))
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A results
for ((r = 1; r <= runs; r++)); do
  for i in "${!names[@]}"; do
    data=$(mktemp -d "$scratch/data.XXXXXX")
    if [ "$warm" = true ]; then
      seed="$scratch/seed-$i"
      [ -d "$seed" ] || { mkdir "$seed"; measure "${paths[$i]}" "${probes[$i]}" "$seed" > /dev/null; }
      cp -a "$seed/." "$data/"
    fi
    ms=$(measure "${paths[$i]}" "${probes[$i]}" "$data")
    results[$i]="${results[$i]:-} $ms"
    echo "run $r ${names[$i]}: $ms ms"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!names[@]}"; do
  echo "${results[$i]}" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk -v name="${names[$i]}" \
    '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%s: median %d ms (min %d, max %d, %d runs)\n", name, m, v[1], v[NR], NR}'
done
