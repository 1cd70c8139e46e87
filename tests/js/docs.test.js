// docs/js.md's snippets, run unchanged as a consumer project would run them: a temporary folder with
// `ethers` and `margin-insurance-abi` in its node_modules, against a Hardhat node (free port) where the
// protocol was deployed by the project's C# deployer (`margin-insurance deploy`). Run: node --test tests/js/
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawn, execFile } = require("node:child_process");
const { promisify } = require("node:util");
const { ethers } = require("ethers");
const root = path.resolve(__dirname, "..", "..");

// Hardhat's well-known development keys (accounts #0..#2 of every Hardhat node).
const keys = {
  deployer: "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  trader: "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  lender: "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = require("node:net").createServer();
    server.listen(0, "127.0.0.1", () => { const { port } = server.address(); server.close(() => resolve(port)); });
    server.on("error", reject);
  });
}

async function startNode() {
  const port = await freePort();
  const cli = path.join(root, "node_modules", "hardhat", "internal", "cli", "cli.js");
  const child = spawn(process.execPath, [cli, "node", "--hostname", "127.0.0.1", "--port", String(port)],
    { cwd: root, env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: "true" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Hardhat node did not start on port ${port}:\n${output}`)), 90_000);
    child.stdout.on("data", (d) => { output += d; if (output.includes("Started HTTP and WebSocket JSON-RPC server")) { clearTimeout(timer); resolve(); } });
    child.stderr.on("data", (d) => { output += d; });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`Hardhat node exited (${code}):\n${output}`)); });
  });
  child.stdout.resume();
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGKILL") };
}

/** Deploys with the project's deployer: the built CLI (scripts/test builds it), else `dotnet run`. */
async function deploy(rpcUrl, network) {
  const dll = path.join(root, "src", "MarginInsurance.Cli", "bin", "Release", "net10.0", "margin-insurance.dll");
  const args = ["deploy", "--rpc", rpcUrl, "--config", "deploy/local.json", "--network", network];
  const [command, argv] = fs.existsSync(dll)
    ? ["dotnet", [dll, ...args]]
    : ["dotnet", ["run", "--project", "src/MarginInsurance.Cli", "-c", "Release", "--", ...args]];
  await promisify(execFile)(command, argv, { cwd: root, env: { ...process.env, MARGIN_PRIVATE_KEY: keys.deployer }, timeout: 300_000 });
  return path.join(root, "deployments", `${network}.json`);
}

/** The ```js blocks of docs/js.md, in order. */
function docSnippets() {
  const text = fs.readFileSync(path.join(root, "docs", "js.md"), "utf8");
  const blocks = [...text.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  assert.ok(blocks.length >= 4, "docs/js.md should hold the connect, borrow, health and error snippets as ```js blocks");
  return blocks.join("\n");
}

/** A consumer project: node_modules/ethers and node_modules/margin-insurance-abi, the snippets as app.mjs. */
function consumerProject(code) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mi-js-docs-"));
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(path.join(root, "node_modules", "ethers"), path.join(dir, "node_modules", "ethers"), "dir");
  fs.symlinkSync(path.join(root, "packages", "margin-insurance-abi"), path.join(dir, "node_modules", "margin-insurance-abi"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  fs.writeFileSync(path.join(dir, "app.mjs"), code);
  return dir;
}

test("docs/js.md snippets read health, send a borrow and decode a custom error on a deployed protocol", { timeout: 600_000 }, async (t) => {
  const node = await startNode();
  t.after(node.stop);
  const network = `js-docs-${process.pid}`;
  const deploymentPath = await deploy(node.url, network);
  const deployment = JSON.parse(fs.readFileSync(deploymentPath, "utf8"));
  fs.rmSync(deploymentPath); // the test's own copy lives on in a temp folder
  const project = consumerProject(docSnippets());
  t.after(() => fs.rmSync(project, { recursive: true, force: true }));
  fs.writeFileSync(path.join(project, "deployment.json"), JSON.stringify(deployment));

  // The only preparation: the trader holds 10 WETH, a lender supplied 100,000 USDC (mock tokens' public mint).
  const provider = new ethers.JsonRpcProvider(node.url, undefined, { staticNetwork: true, cacheTimeout: -1 });
  const mockAbi = JSON.parse(fs.readFileSync(path.join(root, "artifacts", "contracts", "mocks", "MockERC20.sol", "MockERC20.json"), "utf8")).abi;
  const { marginVaultAbi } = require(path.join(root, "packages", "margin-insurance-abi"));
  const trader = new ethers.Wallet(keys.trader, provider);
  const lender = new ethers.Wallet(keys.lender, provider);
  const weth = deployment.collaterals.find((c) => c.symbol === "WETH");
  await (await new ethers.Contract(weth.token, mockAbi, trader).mint(trader.address, ethers.parseUnits("10", weth.decimals))).wait();
  const usdc = new ethers.Contract(deployment.baseAsset, mockAbi, lender);
  const supply = ethers.parseUnits("100000", deployment.baseDecimals);
  await (await usdc.mint(lender.address, supply)).wait();
  await (await usdc.approve(deployment.marginVault, supply)).wait();
  await (await new ethers.Contract(deployment.marginVault, marginVaultAbi, lender).supply(supply, lender.address)).wait();

  const { stdout } = await promisify(execFile)(process.execPath, ["app.mjs"], {
    cwd: project, timeout: 120_000,
    env: { ...process.env, MARGIN_RPC_URL: node.url, MARGIN_DEPLOYMENT: "deployment.json", MARGIN_PRIVATE_KEY: keys.trader },
  });
  t.diagnostic(stdout.trim().replaceAll("\n", " | "));
  const lines = stdout.trim().split("\n");
  assert.equal(lines.length, 4, stdout);
  assert.equal(lines[0], `connected to chain 31337, vault ${deployment.marginVault}`);
  assert.match(lines[1], /^borrowed 5000 USDC: tx 0x[0-9a-f]{64}, block \d+, status 1$/);

  // 10 WETH at 2,000 USDC: liquidation capacity 0.85 × 20,000 = 17,000 over a debt of 5,000 (plus seconds of interest).
  const [, health, debt] = lines[2].match(/^health (\d\.\d{4}), debt ([\d.]+) USDC$/) ?? assert.fail(lines[2]);
  assert.match(health, /^3\.(3999|4000)$/);
  assert.ok(Number(debt) >= 5000 && Number(debt) < 5000.01, debt);
  const vault = new ethers.Contract(deployment.marginVault, marginVaultAbi, provider);
  assert.ok((await vault.debtOf(trader.address, 0n)) >= ethers.parseUnits("5000", 6), "the borrow is on chain");

  // borrow capacity 0.80 × 20,000 = 16,000; the rejected borrow would take the debt to 25,000 and a bit.
  assert.match(lines[3], /^rejected: InsufficientMargin: debt 25000\.\d+ USDC would exceed borrow capacity 16000\.0 USDC$/);
});
