# Shared helpers for scripts/*. Source it; do not run it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export HARDHAT_DISABLE_TELEMETRY_PROMPT=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PATH="$ROOT/node_modules/.bin:$PATH"

STEP_FAILURES=()
# step NAME CMD... : runs a command under a header, records failure, keeps going.
step() {
  local name="$1"; shift
  local start=$SECONDS
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  if "$@"; then
    printf '\033[32m<== %s: ok (%ss)\033[0m\n' "$name" "$((SECONDS - start))"
  else
    printf '\033[31m<== %s: FAILED (%ss)\033[0m\n' "$name" "$((SECONDS - start))"
    STEP_FAILURES+=("$name")
  fi
}

# ensure_npm: npm ci when node_modules is missing or older than package-lock.json.
ensure_npm() {
  local stamp="node_modules/.installed-from-lock"
  if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
    echo "npm ci (package-lock.json changed or first run)"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
}

# ensure_build: npm deps, compiled contracts and the .NET solution.
ensure_build() {
  ensure_npm
  npx hardhat compile --quiet
  dotnet build MarginInsurance.sln -c Release --nologo -v q -clp:ErrorsOnly
}
