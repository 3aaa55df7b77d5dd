// Lighthouse against the production server, with its default mobile settings (a mid-range phone,
// simulated slow 4G and a 4× slower CPU), performance only, in Debian's Chromium: the Web Vitals
// the project targets (LCP, CLS, TBT), the median of a few runs, and the JavaScript the browser
// really fetched (chunks loaded after the HTML included).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { summariseRuns, type LighthouseResult, type LighthouseRun } from "./lighthouse-summary";

export type { LighthouseResult };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium headless with its DevTools port open; the flags keep it off the (closed) network. */
async function launchChromium(port: number) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lct-chromium-"));
  const child = spawn(
    CHROMIUM,
    [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
      `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank",
    ],
    { stdio: "ignore" },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      });
    }
    fs.rmSync(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${CHROMIUM} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${CHROMIUM} did not open its DevTools port within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs Lighthouse `runs` times on each page (one Chromium for all); a page that fails is reported with its reason. */
export async function runLighthouse(
  pages: { key: string; url: string; headers: Record<string, string> }[],
  { runs, port, say }: { runs: number; port: number; say: (line: string) => void },
): Promise<Record<string, LighthouseResult | { error: string }>> {
  if (!fs.existsSync(CHROMIUM)) {
    const error = `no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
    say(`  Lighthouse not run: ${error}`);
    return Object.fromEntries(pages.map((page) => [page.key, { error }]));
  }
  const browser = await launchChromium(port);
  const results: Record<string, LighthouseResult | { error: string }> = {};
  try {
    for (const page of pages) {
      say(`  Lighthouse (mobile) on ${page.key}, ${runs} run${runs > 1 ? "s" : ""}…`);
      try {
        const lhrs: LighthouseRun[] = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(page.url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: page.headers });
          if (!result) throw new Error("Lighthouse returned no result");
          if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
          lhrs.push(result.lhr);
        }
        const entry = summariseRuns(lhrs);
        results[page.key] = entry;
        say(`    LCP ${entry.lcpMs} ms, CLS ${entry.cls}, TBT ${entry.tbtMs} ms (${entry.tbtRangeMs.join("–")}), ${Math.round(entry.scriptTransferBytes / 1024)} KB of scripts, benchmark index ${entry.benchmarkIndex}`);
      } catch (error) {
        results[page.key] = { error: error instanceof Error ? error.message : String(error) };
        say(`    failed: ${(results[page.key] as { error: string }).error}`);
      }
    }
  } finally {
    await browser.stop();
  }
  return results;
}
