// Hardhat 2 compiles contracts/ with the pinned npm solc (solc-js); nothing is downloaded.
// Compiler settings come from foundry.toml so forge and Hardhat always agree.
const fs = require("fs");
const path = require("path");
const { subtask } = require("hardhat/config");
const { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require("hardhat/builtin-tasks/task-names");
require("@nomicfoundation/hardhat-ethers");

function foundrySetting(name) {
  const toml = fs.readFileSync(path.join(__dirname, "foundry.toml"), "utf8");
  const section = toml.split(/^\[(?!profile\.default\])/m)[0];
  const match = section.match(new RegExp(`^${name}\\s*=\\s*"?([^"\\n]+)"?`, "m"));
  if (!match) throw new Error(`foundry.toml: [profile.default] has no '${name}'`);
  return match[1].trim();
}

const solcVersion = foundrySetting("solc_version");

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args) => {
  const solc = require("solc/package.json");
  if (args.solcVersion !== solc.version) {
    throw new Error(`hardhat: solc ${args.solcVersion} requested but npm solc is ${solc.version}; pin one version`);
  }
  return {
    compilerPath: require.resolve("solc/soljson.js"),
    isSolcJs: true,
    version: args.solcVersion,
    longVersion: require("solc").version().replace(".Emscripten.clang", ""),
  };
});

/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  solidity: {
    version: solcVersion,
    settings: {
      optimizer: { enabled: foundrySetting("optimizer") === "true", runs: Number(foundrySetting("optimizer_runs")) },
      viaIR: foundrySetting("via_ir") === "true",
      evmVersion: foundrySetting("evm_version"),
      metadata: { bytecodeHash: foundrySetting("bytecode_hash") },
    },
  },
  paths: {
    sources: "./contracts",
    tests: "./tests/hardhat",
    cache: "./cache/hardhat",
    artifacts: "./artifacts",
  },
  networks: {
    hardhat: { chainId: 31337, allowUnlimitedContractSize: false },
  },
};
