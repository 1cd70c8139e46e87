#!/usr/bin/env node
// A `solc` executable for forge, backed by the pinned npm `solc` package (solc-js), so that
// nothing is downloaded at build time. Answers `--version` and `--standard-json` (stdin -> stdout).
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-v")) {
  const v = solc.version().replace(".Emscripten.clang", "");
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${v}\n`);
  process.exit(0);
}
if (!args.includes("--standard-json")) {
  process.stderr.write("solc-shim: only --version and --standard-json are supported\n");
  process.exit(2);
}

// forge passes every source inline; imports it did not inline are read from the allowed roots.
const roots = [process.cwd()];
for (let i = 0; i < args.length; i++) {
  if ((args[i] === "--allow-paths" || args[i] === "--base-path" || args[i] === "--include-path") && args[i + 1]) {
    roots.push(...args[i + 1].split(","));
  }
}
function findImports(p) {
  for (const root of roots) {
    const full = path.isAbsolute(p) ? p : path.join(root, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: `File not found: ${p}` };
}

const input = fs.readFileSync(0, "utf8");
process.stdout.write(solc.compile(input, { import: findImports }));
