#!/usr/bin/env bash
# A client nobody on the team wrote: the MCP Inspector's command-line mode (npm,
# @modelcontextprotocol/inspector 2.12.0, which needs Node >= 22: the `node` package from npm
# brings it) lists Tandem's tools and calls `recall` on a journal made here, over stdio and over
# HTTP on loopback with the token.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$PWD/app/target/tandem.jar"
tools="${TANDEM_CI_TOOLS:-$PWD/target/ci-tools}"
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/inspector" ]; then
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    @modelcontextprotocol/inspector@2.12.0 node@22
fi
export PATH="$tools/node_modules/.bin:$PATH"
data="$(mktemp -d)"
trap 'kill ${http_pid:-} 2>/dev/null || true; rm -rf "$data"' EXIT
tandem() { java -jar "$jar" --data-dir "$data" "$@"; }
tandem goal add "Run a sub-4-hour marathon in April" --why "To prove I can train steadily." >/dev/null
tandem journal add "Long run: 28 km, left knee sore after km 20." >/dev/null
tandem journal add "Turned the compost heap; the seedlings need thinning." >/dev/null

listed="$(inspector --cli java -jar "$jar" --data-dir "$data" mcp --method tools/list)"
for tool in recall search goals get; do
  grep -q "\"name\": \"$tool\"" <<<"$listed" || { echo "stdio: tools/list lacks $tool"; exit 1; }
done
recalled="$(inspector --cli java -jar "$jar" --data-dir "$data" mcp --method tools/call \
  --tool-name recall --tool-arg "text=my knee hurts after the long run")"
grep -q 'left knee sore' <<<"$recalled" || { echo "stdio: recall did not find the knee entry"; echo "$recalled"; exit 1; }
echo "inspector over stdio: tools listed, recall found the knee entry"

port=$((20000 + RANDOM % 20000))
tandem connections set port "$port" >/dev/null
token="$(tandem connections token)"
java -jar "$jar" --data-dir "$data" mcp --http >/dev/null 2>"$data/http.log" &
http_pid=$!
for _ in $(seq 1 60); do
  grep -q "Serving MCP" "$data/http.log" 2>/dev/null && break
  sleep 0.5
done
recalled="$(inspector --cli --transport http --server-url "http://127.0.0.1:$port/mcp" \
  --header "Authorization: Bearer $token" --method tools/call --tool-name recall \
  --tool-arg "text=knee pain after running")"
grep -q 'left knee sore' <<<"$recalled" || { echo "http: recall did not find the knee entry"; echo "$recalled"; exit 1; }
if inspector --cli --transport http --server-url "http://127.0.0.1:$port/mcp" \
  --header "Authorization: Bearer wrong-token-0000000000" --method tools/list >/dev/null 2>&1; then
  echo "http: a wrong token was accepted"; exit 1
fi
echo "inspector over HTTP: recall found the knee entry; a wrong token was refused"
