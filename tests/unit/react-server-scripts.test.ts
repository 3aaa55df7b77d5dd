import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// The benchmark scripts (npm run bench, bench:data) run under Node with the react-server condition,
// as the server's own code does, so that `server-only` modules load. Problems are said through a
// translator that must load there too: next-intl's entry point for that condition pulls in its
// client provider, whose React hooks the react-server build of React does not have.

const RENDER_PROBLEM = pathToFileURL(path.resolve("lib/platform/i18n/render-problem.ts")).href;
const PROBLEM = pathToFileURL(path.resolve("lib/platform/i18n/problem.ts")).href;

describe("problems said by a script under the react-server condition", () => {
  it("load and read in the reader's language", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-react-server-"));
    const script = path.join(dir, "script.mts");
    fs.writeFileSync(
      script,
      `const { renderProblem } = await import(${JSON.stringify(RENDER_PROBLEM)});\nconst { problem } = await import(${JSON.stringify(PROBLEM)});\nprocess.stdout.write(renderProblem(problem("Problem.invalidRequest"), "fr"));\n`,
    );
    try {
      const ended = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", script], { encoding: "utf8", timeout: 60_000 });
      expect(ended.status, ended.stderr).toBe(0);
      expect(ended.stdout).toBe("La requête contient des champs non valides.");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
