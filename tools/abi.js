#!/usr/bin/env node
// Writes the versioned ABIs for JavaScript and TypeScript front ends from the Hardhat artifacts:
//   abi/<Contract>.json          the ABI of every deployed contract
//   abi/errors.json, events.json every custom error / event of the protocol, merged (a front end decodes any
//                                revert or log with them, whichever contract or linked library raised it)
//   abi/manifest.json            version, contracts and their sources
//   packages/margin-insurance-abi/  the npm package: CommonJS (the ABIs), ESM (re-exports) and `as const`
//                                TypeScript declarations; the whole folder is generated
// Nothing is listed by hand: a deployed contract is any concrete artifact under contracts/ (outside mocks/ and
// interfaces/) with at least one function; libraries and interfaces contribute their errors and events.
// `--check` generates into a temporary folder and fails when the committed files differ (the CI drift check).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const artifactsDir = path.join(root, "artifacts", "contracts");
const outputs = { abi: path.join(root, "abi"), pkg: path.join(root, "packages", "margin-insurance-abi") };
const packageName = "margin-insurance-abi";
const excluded = ["contracts/mocks/", "contracts/interfaces/"];

function version() {
  const props = fs.readFileSync(path.join(root, "Directory.Build.props"), "utf8");
  const match = props.match(/<Version>([^<]+)<\/Version>/);
  if (!match) throw new Error("abi: Directory.Build.props has no <Version>; the ABI package takes its version from there");
  return match[1].trim();
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

function artifacts() {
  const found = listFiles(artifactsDir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".dbg.json"))
    .map((f) => JSON.parse(fs.readFileSync(f, "utf8")))
    .filter((a) => Array.isArray(a.abi) && typeof a.sourceName === "string");
  if (found.length === 0) throw new Error("abi: no artifacts under artifacts/contracts; run 'npx hardhat compile'");
  return found.sort((a, b) => a.contractName.localeCompare(b.contractName) || a.sourceName.localeCompare(b.sourceName));
}

const signature = (f) => `${f.name}(${(f.inputs || []).map(typeOf).join(",")})`;
const typeOf = (p) => p.type.startsWith("tuple") ? `(${p.components.map(typeOf).join(",")})${p.type.slice(5)}` : p.type;

/** Every fragment of `type` in `sources`, once per signature (the first one seen keeps its parameter names). */
function merged(sources, type) {
  const bySignature = new Map();
  for (const a of sources) {
    for (const f of a.abi.filter((x) => x.type === type)) {
      const key = type === "event" ? `${signature(f)}:${f.inputs.map((i) => i.indexed ? 1 : 0).join("")}` : signature(f);
      if (!bySignature.has(key)) bySignature.set(key, f);
    }
  }
  return [...bySignature.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, f]) => f);
}

// External library functions may take storage pointers ("struct Layout storage"): not ABI types, callable only by
// the contract the library is linked into. They are left out, so every exported ABI parses in ethers and viem.
const isAbiType = (p) => !/\s/.test(p.type) && (p.components || []).every(isAbiType);
const callable = (f) => [...(f.inputs || []), ...(f.outputs || [])].every(isAbiType);

function model() {
  const all = artifacts().filter((a) => a.sourceName.startsWith("contracts/") && !a.sourceName.startsWith("contracts/mocks/"));
  const deployed = all.filter((a) => !excluded.some((p) => a.sourceName.startsWith(p))
    && a.bytecode && a.bytecode !== "0x" && a.abi.some((f) => f.type === "function"));
  const names = deployed.map((a) => a.contractName);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw new Error(`abi: two deployed contracts are named ${twice[0]}; rename one`);
  const exported = deployed.map((a) => ({ ...a, abi: a.abi.filter(callable) }));
  return { version: version(), deployed: exported, errors: merged(all, "error"), events: merged(all, "event") };
}

const exportName = (contract) => contract[0].toLowerCase() + contract.slice(1) + "Abi";
const json = (value) => JSON.stringify(value, null, 2) + "\n";

/** A JSON value as a TypeScript type literal, every array and property readonly (what `as const` gives). */
function typeLiteral(value, indent = "") {
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "readonly []";
    return `readonly [\n${value.map((v) => inner + typeLiteral(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return "{}";
    return `{\n${keys.map((k) => `${inner}readonly ${JSON.stringify(k)}: ${typeLiteral(value[k], inner)};`).join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function files(m) {
  const out = {};
  const exports = [
    ...m.deployed.map((a) => ({ name: exportName(a.contractName), contract: a.contractName, abi: a.abi, doc: `ABI of ${a.contractName} (${a.sourceName}).` })),
    { name: "errorsAbi", abi: m.errors, doc: "Every custom error of the protocol's contracts and libraries, merged: decodes any revert." },
    { name: "eventsAbi", abi: m.events, doc: "Every event of the protocol's contracts and libraries, merged: decodes any log." },
  ];
  const manifest = {
    name: packageName,
    version: m.version,
    contracts: Object.fromEntries(m.deployed.map((a) => [a.contractName, { source: a.sourceName, file: `${a.contractName}.json` }])),
    errors: { file: "errors.json", count: m.errors.length },
    events: { file: "events.json", count: m.events.length },
  };
  for (const a of m.deployed) out[`abi/${a.contractName}.json`] = json(a.abi);
  out["abi/errors.json"] = json(m.errors);
  out["abi/events.json"] = json(m.events);
  out["abi/manifest.json"] = json(manifest);

  const header = `// Generated by tools/abi.js from the Hardhat artifacts (version ${m.version}); do not edit.\n`;
  const body = (e) => JSON.stringify(e.abi);
  out["pkg/index.js"] = header + '"use strict";\n'
    + exports.map((e) => `/** ${e.doc} */\nexports.${e.name} = ${body(e)};\n`).join("")
    + `/** The deployed contracts' ABIs by contract name. */\nexports.abis = { ${m.deployed.map((a) => `${a.contractName}: exports.${exportName(a.contractName)}`).join(", ")} };\n`
    + `/** Version of the contracts these ABIs were built from. */\nexports.version = ${JSON.stringify(m.version)};\n`;
  out["pkg/index.mjs"] = header + 'import cjs from "./index.js";\n'
    + [...exports.map((e) => e.name), "abis", "version"].map((n) => `export const ${n} = cjs.${n};\n`).join("");
  out["pkg/index.d.ts"] = header
    + exports.map((e) => `/** ${e.doc} */\nexport declare const ${e.name}: ${typeLiteral(e.abi)};\n`).join("")
    + `/** The deployed contracts' ABIs by contract name. */\nexport declare const abis: {\n${m.deployed.map((a) => `  readonly ${a.contractName}: typeof ${exportName(a.contractName)};`).join("\n")}\n};\n`
    + `/** Version of the contracts these ABIs were built from. */\nexport declare const version: ${JSON.stringify(m.version)};\n`;
  out["pkg/package.json"] = json({
    name: packageName,
    version: m.version,
    description: "Typed ABIs of the MarginInsurance contracts (as const, for ethers, viem and wagmi) with one merged error ABI that decodes any revert of the protocol.",
    license: "MIT",
    repository: { type: "git", url: "https://github.com/margininsurance/margininsurance", directory: "packages/margin-insurance-abi" },
    keywords: ["margininsurance", "abi", "ethers", "viem", "defi", "margin", "insurance"],
    main: "index.js",
    module: "index.mjs",
    types: "index.d.ts",
    exports: { ".": { types: "./index.d.ts", import: "./index.mjs", require: "./index.js" } },
    files: ["index.js", "index.mjs", "index.d.ts", "README.md"],
    sideEffects: false,
  });
  out["pkg/README.md"] = `# ${packageName} ${m.version}\n\n`
    + "Generated by `tools/abi.js` (`scripts/codegen`) from the compiled MarginInsurance contracts; do not edit.\n"
    + "Usage with ethers v6 and the merged error ABI: docs/js.md in the repository.\n\n"
    + "| export | what |\n|---|---|\n"
    + exports.map((e) => `| \`${e.name}\` | ${e.doc} |`).join("\n")
    + "\n| `abis` | the deployed contracts' ABIs by contract name |\n| `version` | the contracts' version |\n";
  return out;
}

function write(dir, generated) {
  for (const [file, text] of Object.entries(generated)) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}

const onDisk = (file) => file.startsWith("pkg/") ? path.join(outputs.pkg, file.slice(4)) : path.join(root, file);
const generated = files(model());

if (process.argv.includes("--check")) {
  const drift = [];
  for (const [file, text] of Object.entries(generated)) {
    const target = onDisk(file);
    if (!fs.existsSync(target)) drift.push(`missing: ${path.relative(root, target)}`);
    else if (fs.readFileSync(target, "utf8") !== text) drift.push(`changed: ${path.relative(root, target)}`);
  }
  const expected = new Set(Object.keys(generated).map((f) => onDisk(f)));
  for (const file of [...listFiles(outputs.abi), ...listFiles(outputs.pkg)]) {
    if (!expected.has(file)) drift.push(`stale:   ${path.relative(root, file)}`);
  }
  if (drift.length) {
    console.error(`abi drift: the committed ABIs differ from the compiled contracts (${drift.length} files):`);
    for (const d of drift) console.error(`  ${d}`);
    console.error("fix: run scripts/codegen and commit abi/ and packages/margin-insurance-abi/");
    process.exit(1);
  }
  console.log(`abi: up to date (${Object.keys(generated).length} files; version ${JSON.parse(generated["abi/manifest.json"]).version})`);
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mi-abi-"));
  write(tmp, generated); // into a temporary folder first: a failure leaves the committed files intact
  fs.rmSync(outputs.abi, { recursive: true, force: true });
  fs.rmSync(outputs.pkg, { recursive: true, force: true });
  fs.cpSync(path.join(tmp, "abi"), outputs.abi, { recursive: true });
  fs.cpSync(path.join(tmp, "pkg"), outputs.pkg, { recursive: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  const m = JSON.parse(generated["abi/manifest.json"]);
  console.log(`abi: wrote ${Object.keys(m.contracts).length} contract ABIs (${Object.keys(m.contracts).join(", ")}), `
    + `${m.errors.count} errors, ${m.events.count} events, version ${m.version} to abi/ and packages/${packageName}/`);
}
