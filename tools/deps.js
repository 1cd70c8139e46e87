// Prints the project-reference graph of the C# solution and fails on any arrow against the flow
//   contracts -> bindings (Contracts) -> Core -> Sdk -> Risk / Keeper / Dashboard -> Cli / Dashboard.Host
// (same-layer arrows are allowed), and on production code reaching development support:
// - MarginInsurance.LocalChain (Hardhat node, keeper process, local PostgreSQL) and MarginInsurance.DevTools (the crash
//   demo and the `local` rehearsal commands, tools/MarginInsurance.DevTools) are development and test support: no
//   production project references them, and no production source file names their namespaces;
// - the generated mock bindings (MockERC20, MockAggregator, MockLiquidator, BenchSeeder) are for tests and local
//   development: production source files use them only where listed in `mockBindingUses` below, with the reason;
// - MarginInsurance.LocalMocks (mock-token minting for local pools, the demo's arbitrage step) is referenced by a
//   production project only where listed in `localMocksUsers`, with the reason.
// Tests, benchmarks, samples and tools may reference anything.
// Usage: node tools/deps.js   (scripts/deps)
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const layer = {
  'MarginInsurance.Contracts': 1,
  'MarginInsurance.Core': 2,
  'MarginInsurance.Sdk': 3,
  'MarginInsurance.LocalMocks': 3,
  'MarginInsurance.Risk': 4,
  'MarginInsurance.Keeper': 4,
  'MarginInsurance.Dashboard': 4,
  'MarginInsurance.Cli': 5,
  'MarginInsurance.Dashboard.Host': 5,
};
const devSupport = ['MarginInsurance.LocalChain', 'MarginInsurance.DevTools'];
// Production folders (their generated bindings excluded): every C# file in them is production code.
const localMocks = 'MarginInsurance.LocalMocks';
const localMocksUsers = {
  'MarginInsurance.Cli': 'deploy: the mock tokens/feeds and minted pool liquidity a local config asks for (deploy/local.json)',
};
const productionFolders = Object.keys(layer).filter((p) => p !== localMocks).map((p) => (p === 'MarginInsurance.Keeper' ? `keeper/${p}/` : `src/${p}/`));
const mockBindings = /\bMarginInsurance\.Contracts\.(MockERC20|MockAggregator|MockLiquidator|BenchSeeder)\b|\b(MockERC20|MockAggregator|MockLiquidator|BenchSeeder)(Service|Deployment)\b/;
// The only production files allowed to name a mock binding, and why.
const mockBindingUses = {};

const projects = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.csproj'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const name = (p) => path.basename(p, '.csproj');
const problems = [];
for (const file of projects.sort()) {
  const from = name(file);
  const xml = fs.readFileSync(path.join(root, file), 'utf8');
  const refs = [...xml.matchAll(/ProjectReference Include="([^"]+)"/g)].map((m) => name(m[1].replace(/\\/g, '/')));
  for (const to of refs) {
    let mark = '';
    if (layer[from] !== undefined && devSupport.includes(to)) {
      mark = '   <-- production project uses development support';
      problems.push(`${from} -> ${to}`);
    } else if (layer[from] !== undefined && to === localMocks && from !== localMocks) {
      if (localMocksUsers[from]) mark = `   (local mocks: ${localMocksUsers[from]})`;
      else {
        mark = '   <-- production project uses the local mocks';
        problems.push(`${from} -> ${to}`);
      }
    } else if (layer[from] !== undefined && (layer[to] === undefined || layer[to] > layer[from])) {
      mark = '   <-- against the flow';
      problems.push(`${from} -> ${to}`);
    }
    console.log(`${from} -> ${to}${mark}`);
  }
}

// Production source files: no development-support namespace, mock bindings only where listed.
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.cs'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && productionFolders.some((dir) => f.startsWith(dir)) && !f.includes('/Generated/') && !/\/(bin|obj)\//.test(f));
for (const f of sources) {
  const text = fs.readFileSync(path.join(root, f), 'utf8');
  for (const dev of devSupport) {
    if (new RegExp(`\\b${dev.replace(/\./g, '\\.')}\\b`).test(text)) problems.push(`${f} uses ${dev} (development support)`);
  }
  if (mockBindings.test(text) && !mockBindingUses[f]) problems.push(`${f} uses a mock binding (tests and local development only)`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} dependency problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const allowed = Object.keys(mockBindingUses);
console.log(`\nno arrow against contracts -> bindings -> Core -> Sdk -> Risk/Keeper/Dashboard -> Cli; ${devSupport.join(' and ')} only in tests, benchmarks, samples and tools; ` +
  `mock bindings only in ${localMocks}, tests, benchmarks, samples and tools${allowed.length ? ` (and ${allowed.join(', ')})` : ''}`);
