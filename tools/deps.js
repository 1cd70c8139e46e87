// Prints the project-reference graph of the C# solution and fails on any arrow against the flow
//   contracts -> bindings (Contracts) -> Core -> Sdk -> Risk / Keeper / Dashboard -> Cli / Dashboard.Host
// (same-layer arrows are allowed), and on production code using the local-chain harness: MarginInsurance.LocalChain
// is development and test support; inside the CLI only the files under src/MarginInsurance.Cli/LocalDevelopment
// (the `local` and `demo` commands) may use it. Tests, benchmarks, samples and tools may reference anything.
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
  'MarginInsurance.Risk': 4,
  'MarginInsurance.Keeper': 4,
  'MarginInsurance.Dashboard': 4,
  'MarginInsurance.Cli': 5,
  'MarginInsurance.Dashboard.Host': 5,
};
const devSupport = 'MarginInsurance.LocalChain';
const localDevFolder = 'src/MarginInsurance.Cli/LocalDevelopment/';

const projects = execFileSync('git', ['ls-files', '*.csproj'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const name = (p) => path.basename(p, '.csproj');
const problems = [];
for (const file of projects.sort()) {
  const from = name(file);
  const xml = fs.readFileSync(path.join(root, file), 'utf8');
  const refs = [...xml.matchAll(/ProjectReference Include="([^"]+)"/g)].map((m) => name(m[1].replace(/\\/g, '/')));
  for (const to of refs) {
    let mark = '';
    if (layer[from] !== undefined && to === devSupport) {
      mark = from === 'MarginInsurance.Cli' ? `   (dev support: only ${localDevFolder})` : '   <-- production project uses the local-chain harness';
      if (from !== 'MarginInsurance.Cli') problems.push(`${from} -> ${to}`);
    } else if (layer[from] !== undefined && (layer[to] === undefined || layer[to] > layer[from])) {
      mark = '   <-- against the flow';
      problems.push(`${from} -> ${to}`);
    }
    console.log(`${from} -> ${to}${mark}`);
  }
}

// Inside the CLI, only the local-development folder may use the harness.
const cliFiles = execFileSync('git', ['ls-files', 'src/MarginInsurance.Cli/*.cs'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
for (const f of cliFiles) {
  if (f.startsWith(localDevFolder)) continue;
  if (/\bMarginInsurance\.LocalChain\b/.test(fs.readFileSync(path.join(root, f), 'utf8'))) problems.push(`${f} uses ${devSupport} outside ${localDevFolder}`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} dependency problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\nno arrow against contracts -> bindings -> Core -> Sdk -> Risk/Keeper/Dashboard -> Cli; LocalChain only in tests, benchmarks, samples and the CLI\'s LocalDevelopment/');
