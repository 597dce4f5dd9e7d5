#!/usr/bin/env bash
# Zonemaster and mxbot side by side on the mini internet (Knot + Unbound on loopback).
#
# Starts the mini internet of the interoperability tests (dev.mxbot.interop.MiniInternetMain,
# test code), then for each scenario zone runs
#   zonemaster-cli --hints <fake root hints> --no-ipv6 --raw <zone>
#   java -jar target/mxbot.jar check --resolver <Unbound> --authoritative-port 53 \
#        --allow-private-addresses --json <zone>
# and prints one Markdown table row per zone: Zonemaster's tags at WARNING and above, mxbot's
# codes at warning and above. Both tools' full outputs are kept in target/zonemaster-side-by-side/.
#
# A comparison aid for people, not a test: nothing in the build runs it, and zonemaster-cli is not
# a build dependency.
#
# Needs: root (port 53), knotd, knotc, keymgr, unbound (apt-get install knot unbound
# knot-dnsutils), zonemaster-cli (apt-get install zonemaster-cli), python3, a JDK, Maven (offline
# is enough once ~/.m2 holds the build's plugins).
#
# Usage: src/test/scripts/zonemaster-side-by-side.sh [--no-build] [--all-tags] [ZONE...]
#   --no-build  use target/mxbot.jar and target/test-classes as they are (default: mvn package)
#   --all-tags  also show Zonemaster's tags that only say the servers are on loopback
#               (ADDRESS01 NAMESERVER_IP_PRIVATE_NETWORK, ADDRESS02 NAMESERVER_IP_WITHOUT_REVERSE);
#               they are in every row and hidden by default
#   ZONE...     zones to compare (default: every scenario zone of the mini internet)
# Environment: ZONEMASTER_LEVEL (default WARNING) is zonemaster-cli's --level.
set -euo pipefail

build=yes
all_tags=no
zones=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    --all-tags) all_tags=yes ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
      exit 0
      ;;
    -*)
      echo "unknown option: $arg" >&2
      exit 64
      ;;
    *) zones+=("$arg") ;;
  esac
done

cd "$(dirname "$0")/../../.."
for tool in zonemaster-cli java python3 knotd unbound; do
  if ! command -v "$tool" > /dev/null && [ ! -x "/usr/sbin/$tool" ]; then
    echo "$tool not found (zonemaster-cli: apt-get install zonemaster-cli;" \
      "knotd/unbound: apt-get install knot unbound knot-dnsutils)" >&2
    exit 69
  fi
done

out=target/zonemaster-side-by-side
world=target/mini-internet-side-by-side
if [ "$build" = yes ]; then
  mvn -o -q -DskipTests package
fi
mkdir -p "$out"

# The mini internet runs until its standard input closes: the coprocess pipe, closed on exit.
coproc MINI { exec java -cp target/test-classes:target/mxbot.jar \
  dev.mxbot.interop.MiniInternetMain "$world" 2> "$out/mini-internet.log"; }
mini_pid=$MINI_PID
mini_in=${MINI[1]}
stop() {
  exec {mini_in}>&-
  wait "$mini_pid" 2> /dev/null || true
}
trap stop EXIT

hints=""
resolver=""
port=""
scenario_zones=()
while IFS= read -r line <&"${MINI[0]}"; do
  case "$line" in
    "hints "*) hints=${line#hints } ;;
    "resolver "*) resolver=${line#resolver } ;;
    "port "*) port=${line#port } ;;
    "zone "*) scenario_zones+=("${line#zone }") ;;
    ready) break ;;
  esac
done
if [ -z "$hints" ] || [ -z "$resolver" ]; then
  echo "the mini internet did not start; see $out/mini-internet.log:" >&2
  tail -20 "$out/mini-internet.log" >&2
  exit 1
fi
if [ ${#zones[@]} -eq 0 ]; then
  zones=("${scenario_zones[@]}")
fi

echo "mini internet: root hints $hints, resolver $resolver, nameservers on port $port"
echo "$(zonemaster-cli --version | head -2 | tr '\n' ' ')"
echo
echo "| zone | Zonemaster (${ZONEMASTER_LEVEL:-WARNING} and above) | mxbot (warning and above) |"
echo "|---|---|---|"
for zone in "${zones[@]}"; do
  zonemaster-cli --hints "$hints" --no-ipv6 --no-progress --raw --show-testcase \
    --level "${ZONEMASTER_LEVEL:-WARNING}" "$zone" > "$out/$zone.zonemaster.txt" 2>&1 || true
  java -jar target/mxbot.jar check --resolver "$resolver" --authoritative-port "$port" \
    --allow-private-addresses --json "$zone" > "$out/$zone.mxbot.json" 2> "$out/$zone.mxbot.err" \
    || true
  python3 - "$zone" "$out/$zone.zonemaster.txt" "$out/$zone.mxbot.json" "$all_tags" << 'EOF'
import json
import sys

zone, zonemaster_file, mxbot_file, all_tags = sys.argv[1:]
loopback_only = {"NAMESERVER_IP_PRIVATE_NETWORK", "NAMESERVER_IP_WITHOUT_REVERSE"}
levels = {"CRITICAL": "C", "ERROR": "E", "WARNING": "W", "NOTICE": "N", "INFO": "I"}

# --raw --show-testcase lines: "   0.05 ERROR     CONSISTENCY05  IN_BAILIWICK_ADDR_MISMATCH   args"
tags = []
with open(zonemaster_file) as f:
    for line in f:
        fields = line.split()
        if len(fields) >= 4 and fields[1] in levels:
            tag = f"{fields[2]} {fields[3]} ({levels[fields[1]]})"
            if (all_tags == "yes" or fields[3] not in loopback_only) and tag not in tags:
                tags.append(tag)

try:
    with open(mxbot_file) as f:
        report = json.load(f)
    codes = []
    for finding in report["findings"]:
        if finding["severity"] in ("warning", "error"):
            code = f'{finding["code"]} ({finding["severity"][0].upper()})'
            if code not in codes:
                codes.append(code)
    if not report.get("complete", True):
        codes.append("unchecked: " + ", ".join(report.get("unchecked", [])))
    mxbot = "<br>".join(codes) or "-"
except (OSError, ValueError, KeyError) as e:
    mxbot = f"no report ({e.__class__.__name__}, see {mxbot_file})"

print(f"| {zone} | {'<br>'.join(tags) or '-'} | {mxbot} |")
EOF
done
echo
echo "(C) critical, (E) error, (W) warning, (N) notice. Full outputs: $out/"
if [ "$all_tags" = no ]; then
  echo "Hidden (every row, loopback addresses only): ADDRESS01 NAMESERVER_IP_PRIVATE_NETWORK," \
    "ADDRESS02 NAMESERVER_IP_WITHOUT_REVERSE; --all-tags shows them."
fi
