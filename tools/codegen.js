#!/usr/bin/env node
// Regenerates the typed C# bindings (src/MarginInsurance.Contracts/Generated) from the Hardhat
// artifacts with the npm `nethereum-codegen` package. `--check` generates into a temporary folder
// and fails when the result differs from what is committed (the CI drift check).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const codegen = require("nethereum-codegen");

const root = path.resolve(__dirname, "..");
const target = path.join(root, "src", "MarginInsurance.Contracts", "Generated");
const namespace = "MarginInsurance.Contracts";
// Contracts a dApp, the keeper or the deployer talks to. Mocks are bound so local chains and tests
// can deploy them through the same typed API.
const contracts = [
  "MarginVault", "InsurancePool", "OracleRouter", "KinkedRateModel", "Multicall3",
  "MockERC20", "MockAggregator", "MockLiquidator", "BenchSeeder", "SwapLiquidator", "LeverageRouter",
];
// Uniswap v3 as shipped in its npm packages (compiled artifacts, deployed with their own bytecode): small bindings
// from the artifact ABIs, limited to the functions the deployer, the keeper and the SDK call (constructor and
// events kept), so the deployer, keeper and SDK use the same typed API as for the protocol's contracts.
const external = {
  UniswapV3Factory: {
    artifact: "@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json",
    functions: ["getPool", "feeAmountTickSpacing"],
  },
  UniswapV3Pool: {
    artifact: "@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json",
    functions: ["slot0", "liquidity", "token0", "token1", "fee", "tickSpacing"],
  },
  NonfungiblePositionManager: {
    artifact: "@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json",
    functions: ["createAndInitializePoolIfNecessary", "mint"],
  },
  SwapRouter: {
    artifact: "@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json",
    functions: ["exactInputSingle", "exactOutputSingle"],
  },
  QuoterV2: {
    artifact: "@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json",
    functions: ["quoteExactInputSingle", "quoteExactOutputSingle"],
  },
};
// External logic libraries linked into MarginVault at deployment (docs/protocol.md, "Architecture"). Their
// bindings carry only the deployment bytecode: their functions take storage pointers and are never called
// directly. Their events and custom errors are emitted at the vault's address, so they join the vault's ABI.
const libraries = ["ConfigLogic", "LiquidationLogic", "ViewLogic"];

function artifactFor(name) {
  if (external[name]) {
    const { artifact, functions } = external[name];
    const full = JSON.parse(fs.readFileSync(require.resolve(artifact, { paths: [root] }), "utf8"));
    const missing = functions.filter((f) => !full.abi.some((x) => x.type === "function" && x.name === f));
    if (missing.length) throw new Error(`codegen: ${artifact} has no function ${missing.join(", ")}`);
    return { ...full, abi: full.abi.filter((x) => x.type !== "function" || functions.includes(x.name)) };
  }
  const found = [];
  (function walk(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === `${name}.json`) found.push(full);
    }
  })(path.join(root, "artifacts", "contracts"));
  if (found.length !== 1) throw new Error(`codegen: expected one artifact for ${name}, found ${found.length}; run 'npx hardhat compile'`);
  return JSON.parse(fs.readFileSync(found[0], "utf8"));
}

/// The ABI a binding is generated from: a contract's own, plus the events and errors of the libraries it links
/// (deduplicated by signature, in library order, so the output is deterministic).
function bindingAbi(name, artifact) {
  if (libraries.includes(name)) return [];
  const abi = [...artifact.abi];
  const signature = (e) => `${e.type}:${e.name}(${(e.inputs || []).map((i) => i.type).join(",")})`;
  const seen = new Set(abi.map(signature));
  const linked = Object.values(artifact.linkReferences || {}).flatMap((byName) => Object.keys(byName));
  for (const lib of linked) {
    if (!libraries.includes(lib)) throw new Error(`codegen: ${name} links ${lib}, which is not in the libraries list`);
    for (const entry of artifactFor(lib).abi) {
      if ((entry.type === "event" || entry.type === "error") && !seen.has(signature(entry))) {
        seen.add(signature(entry));
        abi.push(entry);
      }
    }
  }
  return abi;
}

function generate(outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of [...contracts, ...libraries, ...Object.keys(external)]) {
    const artifact = artifactFor(name);
    // Linked bytecode keeps solc's `__$<34 hex>$__` placeholders; ProtocolDeployer links them (Nethereum LinkLibraries).
    codegen.generateAllClasses(JSON.stringify(bindingAbi(name, artifact)), artifact.bytecode, name, namespace, outDir, 0);
  }
  // Deterministic line endings whatever the platform.
  for (const file of listFiles(outDir)) {
    const text = fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n");
    fs.writeFileSync(file, text);
  }
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

function relativeContents(dir) {
  const map = new Map();
  if (!fs.existsSync(dir)) return map;
  for (const file of listFiles(dir)) {
    map.set(path.relative(dir, file), fs.readFileSync(file, "utf8"));
  }
  return map;
}

if (process.argv.includes("--check")) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mi-codegen-"));
  generate(tmp);
  const fresh = relativeContents(tmp);
  const committed = relativeContents(target);
  const drift = [];
  for (const [file, text] of fresh) if (committed.get(file) !== text) drift.push(committed.has(file) ? `changed: ${file}` : `missing: ${file}`);
  for (const file of committed.keys()) if (!fresh.has(file)) drift.push(`stale:   ${file}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  if (drift.length) {
    console.error(`codegen drift: the committed bindings differ from the compiled contracts (${drift.length} files):`);
    for (const d of drift) console.error(`  ${d}`);
    console.error("fix: run scripts/codegen and commit src/MarginInsurance.Contracts/Generated");
    process.exit(1);
  }
  console.log(`codegen: bindings up to date (${fresh.size} files, ${contracts.length + Object.keys(external).length} contracts, ${libraries.length} libraries)`);
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mi-codegen-"));
  generate(tmp); // into a temporary folder first: a failure leaves the committed bindings intact
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(tmp, target, { recursive: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`codegen: wrote ${relativeContents(target).size} files for ${contracts.length + Object.keys(external).length} contracts, ${libraries.length} libraries to ${path.relative(root, target)}`);
}
