# Shared helpers for scripts/*. Source it; do not run it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export HARDHAT_DISABLE_TELEMETRY_PROMPT=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PATH="$ROOT/node_modules/.bin:$PATH"
# The npm wrappers of forge and anvil (@foundry-rs/*/bin.mjs) do not pass the child's exit code on, so a failing
# `forge test` would exit 0: put the platform binaries they wrap first on PATH (again after npm ci installs them).
use_native_foundry() {
  local tool dir
  for tool in forge anvil; do
    for dir in "$ROOT"/node_modules/@foundry-rs/"$tool"-*/bin; do
      if [[ -x "$dir/$tool" && ":$PATH:" != *":$dir:"* ]]; then PATH="$dir:$PATH"; fi
    done
  done
  export PATH
}
use_native_foundry

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
  use_native_foundry
}

# missing_machine_packages: the Debian packages the tests drive that this machine lacks, one a line:
# chromium (dashboard browser tests, /usr/bin/chromium or $MARGIN_CHROMIUM) and postgresql (keeper scale-out tests:
# initdb, pg_ctl and createdb under /usr/lib/postgresql/*/bin, or $MARGIN_POSTGRES_LIB/*/bin, or together on PATH).
missing_machine_packages() {
  local chromium="${MARGIN_CHROMIUM:-/usr/bin/chromium}"
  [[ -x "$chromium" ]] || echo chromium
  local dir found=""
  for dir in "${MARGIN_POSTGRES_LIB:-/usr/lib/postgresql}"/*/bin $(tr ':' ' ' <<<"$PATH"); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/createdb" ]]; then found=1; break; fi
  done
  [[ -n "$found" ]] || echo postgresql
}

# ensure_machine_packages: apt-get installs whatever missing_machine_packages lists (root or sudo needed). A
# policy-rc.d answering 101 keeps the postgresql package from starting a system cluster: the tests start their own.
# scripts/test calls it; scripts/demo needs none of them. MARGIN_MACHINE_PACKAGES_DRY_RUN=1 prints the commands instead of running them.
ensure_machine_packages() {
  local missing; mapfile -t missing < <(missing_machine_packages)
  ((${#missing[@]})) || return 0
  local sudo=()
  if [[ $(id -u) -ne 0 && "${MARGIN_MACHINE_PACKAGES_DRY_RUN:-}" != 1 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo)
    else echo "missing machine packages: ${missing[*]}; run 'apt-get install -y ${missing[*]}' as root" >&2; return 1; fi
  fi
  echo "installing machine packages: ${missing[*]} (apt-get)" >&2
  local policy="" rc=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    policy=1
    _machine "${sudo[@]}" sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d'
  fi
  _machine "${sudo[@]}" apt-get update -qq || rc=$?
  ((rc)) || _machine "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" || rc=$?
  [[ -z "$policy" ]] || _machine "${sudo[@]}" rm -f /usr/sbin/policy-rc.d
  if ((rc)); then echo "could not install ${missing[*]} (apt-get exit $rc)" >&2; return "$rc"; fi
}

# _machine CMD...: runs a package command quietly (its errors still on stderr), or prints it in dry-run mode.
_machine() {
  if [[ "${MARGIN_MACHINE_PACKAGES_DRY_RUN:-}" == 1 ]]; then echo "$*"; else "$@" >/dev/null; fi
}

# ensure_build: npm deps, compiled contracts and the .NET solution.
ensure_build() {
  ensure_npm
  npx hardhat compile --quiet
  dotnet build MarginInsurance.sln -c Release --nologo -v q -clp:ErrorsOnly
}

# forge_test_groups [forge args]: `forge test`, one compile group at a time. solc comes from npm as WebAssembly (solc-js),
# whose memory has a fixed ceiling; all test files in one solc job ran out of it (std::bad_alloc) while every test
# contract embedded MarginVault's creation code (`new MarginVault`), which via-IR optimized again per test contract.
# Tests now deploy the vault from its compiled artifact (BaseTest.deployVault, docs/gas.md "Compile time"); a test file
# that says `new MarginVault(` fails the step. forge compiles only what a --match-path needs and its cache serves the
# next group. A test file in no group fails the step, so none is skipped silently.
FORGE_TEST_GROUPS=(
  "tests/contracts/{MarginMath,PerpMath,PerpVectors,Vectors,OracleRouter,InsurancePool,InsurancePool4626}.t.sol"
  "tests/contracts/{MarginVault,Accounting,AddOnRules,CoverageGaps,Isolation,CollateralStorage}.t.sol"
  "tests/contracts/{Liquidation,ReviewFixes}.t.sol"
  "tests/contracts/{Perp,PerpUnified,Gas}.t.sol"
  "tests/contracts/{SwapLiquidator,LeverageRouter}.t.sol"
  "tests/contracts/incidents/Incidents.t.sol"
  "tests/contracts/invariant/{MarginInvariants,LongSequence}.t.sol"
  "tests/contracts/{PerpErrors,incidents/PerpIncidents,invariant/PerpInvariants}.t.sol"
)
forge_test_groups() {
  local listed=() group file rc=0
  for group in "${FORGE_TEST_GROUPS[@]}"; do
    # shellcheck disable=SC2207 # brace and glob expansion of the group is the point
    listed+=($(eval "echo $group"))
  done
  while IFS= read -r file; do
    [[ " ${listed[*]} " == *" $file "* ]] ||
      { echo "forge_test_groups: $file is in no group: add it to FORGE_TEST_GROUPS in scripts/lib.sh" >&2; return 1; }
  done < <(find tests/contracts -name '*.t.sol' | sort)
  if grep -rnE '^[^/]*(new MarginVault\(|type\(MarginVault\)\.creationCode)' tests/contracts --include='*.sol' >&2; then
    echo "forge_test_groups: deploy the vault with deployVault(...) (tests/contracts/utils/BaseTest.sol), not new MarginVault:" \
      "embedding its creation code makes via-IR optimize it again in every test contract (docs/gas.md)" >&2
    return 1
  fi
  for group in "${FORGE_TEST_GROUPS[@]}"; do
    echo "-- forge test --match-path '$group'"
    forge test --match-path "$group" "$@" || rc=1
  done
  return "$rc"
}
