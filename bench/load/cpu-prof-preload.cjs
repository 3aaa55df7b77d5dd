// Loaded into the server by the load benchmark's profiling pass (node --require, through
// NODE_OPTIONS, which on Node.js 20 does not take --cpu-prof): profiles the process from its start
// with V8's sampling profiler and writes the profile to LCT_CPU_PROF_DIR when the process exits
// (next start exits on SIGTERM). The same profile `node --cpu-prof` writes.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const fs = require("node:fs");
const path = require("node:path");
const { Session } = require("node:inspector");

const directory = process.env.LCT_CPU_PROF_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  // An in-process inspector session answers synchronously, so the profile is written before the exit.
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (error) return process.stderr.write(`CPU profile not written: ${error.message}\n`);
      fs.writeFileSync(path.join(directory, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
