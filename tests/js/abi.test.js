// The versioned ABIs (abi/ and packages/margin-insurance-abi, written by tools/abi.js) against the Hardhat
// artifacts: every deployed contract is exported, and the merged error ABI decodes every custom error of
// the contracts and libraries, which no single contract's ABI does. Run: node --test tests/js/
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { ethers } = require("ethers");
const root = path.resolve(__dirname, "..", "..");
const pkgDir = path.join(root, "packages", "margin-insurance-abi");
const pkg = require(pkgDir);

function artifacts() {
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
  return walk(path.join(root, "artifacts", "contracts"))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".dbg.json"))
    .map((f) => JSON.parse(fs.readFileSync(f, "utf8")))
    .filter((a) => !a.sourceName.startsWith("contracts/mocks/"));
}

test("the merged error ABI decodes every custom error of every contract and library", () => {
  const merged = new ethers.Interface(pkg.errorsAbi);
  const known = new Set(merged.fragments.filter((f) => f.type === "error").map((f) => f.selector));
  let count = 0;
  for (const artifact of artifacts()) {
    for (const fragment of new ethers.Interface(artifact.abi.filter((f) => f.type === "error")).fragments) {
      assert.ok(known.has(fragment.selector), `${artifact.contractName}: ${fragment.format()} is missing from errorsAbi`);
      count++;
    }
  }
  assert.ok(count > 0);
  // What a single ABI lacks: the vault's own ABI cannot decode the insurance pool's or the oracle's errors.
  const vault = new ethers.Interface(pkg.marginVaultAbi);
  for (const name of ["OnlyVault", "WithdrawWindowClosed", "ERC20InsufficientBalance", "InsufficientMargin", "StalePrice"]) {
    assert.ok(merged.getError(name), `errorsAbi has ${name}`);
  }
  assert.equal(vault.getError("WithdrawWindowClosed"), null, "the vault ABI alone does not know the pool's errors");
  // A revert built from the Solidity signature decodes by name with its arguments.
  const data = ethers.id("InsufficientMargin(uint256,uint256)").slice(0, 10)
    + ethers.AbiCoder.defaultAbiCoder().encode(["uint256", "uint256"], [17000n, 16000n]).slice(2);
  const parsed = merged.parseError(data);
  assert.equal(parsed.name, "InsufficientMargin");
  assert.deepEqual([parsed.args.debt, parsed.args.borrowCapacity], [17000n, 16000n]);
});

test("every deployed contract is exported, in abi/ and the package, with the contracts' version", () => {
  const deployed = artifacts().filter((a) => !a.sourceName.startsWith("contracts/interfaces/")
    && a.bytecode !== "0x" && a.abi.some((f) => f.type === "function")).map((a) => a.contractName).sort();
  for (const name of ["MarginVault", "InsurancePool", "OracleRouter"]) assert.ok(deployed.includes(name), name);
  assert.deepEqual(Object.keys(pkg.abis).sort(), deployed);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "abi", "manifest.json"), "utf8"));
  assert.deepEqual(Object.keys(manifest.contracts).sort(), deployed);
  for (const name of deployed) {
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(root, "abi", `${name}.json`), "utf8")), pkg.abis[name]);
    assert.ok(new ethers.Interface(pkg.abis[name]).fragments.length > 0, `${name}'s ABI parses`);
  }
  const version = fs.readFileSync(path.join(root, "Directory.Build.props"), "utf8").match(/<Version>([^<]+)</)[1];
  assert.equal(pkg.version, version);
  assert.equal(manifest.version, version);
  assert.equal(JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version, version);
});

test("the package's ES module and TypeScript declarations export the same names as its CommonJS entry", async () => {
  const esm = await import(path.join(pkgDir, "index.mjs"));
  const names = Object.keys(pkg).sort();
  assert.deepEqual(Object.keys(esm).filter((n) => n !== "default").sort(), names);
  const dts = fs.readFileSync(path.join(pkgDir, "index.d.ts"), "utf8");
  for (const name of names) assert.match(dts, new RegExp(`^export declare const ${name}: `, "m"));
  assert.match(dts, /export declare const marginVaultAbi: readonly \[/);
  assert.match(dts, /readonly "name": "InsufficientMargin";/);
});
