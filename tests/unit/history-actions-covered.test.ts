// Every action the code records in the audit trail has a sentence in the history's messages: an
// action without one would be shown to readers as "someone made a change" at best. The actions are
// found by reading the source, so a new `recordAuditEvent(… { action: "x.y" })` fails here until
// its message is written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import history from "@/lib/platform/i18n/messages/en/history.json";

const DOTTED = /"([a-z][A-Za-z_]*(?:\.[a-z][A-Za-z-]*)+)"/g;

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const literals = (text: string) => [...text.matchAll(DOTTED)].map((match) => match[1] ?? "");

/**
 * The audit actions written anywhere under lib/: the value of an `action:` property (a literal, a
 * ternary of two, a union type), the action argument of the helpers that file an entry on a program,
 * a plan, a measure, a comment or an attendance row, and a document owner's prefix with each suffix
 * the document operations add to it (`${owner.audit.action}.attach`).
 */
function recordedActions(root = "lib"): Set<string> {
  const files = sourceFiles(root).map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
  const found = new Set<string>();
  const prefixes = new Set<string>();
  for (const { file, text } of files) {
    for (const match of text.matchAll(/\baction\??:\s*([^,}\n;]+)/g)) {
      for (const action of literals(match[1] ?? "")) (file.endsWith("-owner.ts") ? prefixes : found).add(action);
    }
    for (const match of text.matchAll(/\b(?:auditOnProgram|auditOnPlan|auditOnSubmission|measureChange|commentAudit|attendanceChange|record)\(([^)]*)\)/g)) {
      for (const action of literals(match[1] ?? "")) found.add(action);
    }
  }
  const suffixes = new Set(files.flatMap(({ text }) => [...text.matchAll(/`\$\{owner\.audit\.action\}\.([a-z-]+)`/g)].map((match) => match[1] ?? "")));
  for (const prefix of prefixes) for (const suffix of suffixes) found.add(`${prefix}.${suffix}`);
  return found;
}

const messages = history.History.action as Record<string, string>;

describe("the history's sentences", () => {
  const actions = [...recordedActions()].sort();

  it("finds the actions the code records, however they are written", () => {
    // A literal, a ternary, a helper's argument, a document owner's prefix with its suffix, an import's.
    for (const action of ["program.create", "user.disable", "user.enable", "indicator.create", "measure.report", "comment.create", "event.attendance.update", "program.document.attach", "measure.evidence.remove", "exchange.document.attach", "transaction.import", "plan.review"]) {
      expect(actions).toContain(action);
    }
    expect(actions.length).toBeGreaterThan(80);
  });

  it("has a sentence for every action recorded", () => {
    const missing = actions.filter((action) => !(action.replaceAll(".", "_") in messages));
    expect(missing, `write a sentence under History.action in history.json for: ${missing.join(", ")}`).toEqual([]);
  });

  it("fails for an action recorded without a sentence", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "history-"));
    fs.writeFileSync(path.join(folder, "new-thing.ts"), 'await recordAuditEvent(tx, ctx, { action: "thing.frobnicate", entityType: "Thing", entityId: id });\n');
    const scanned = [...recordedActions(folder)];
    expect(scanned).toEqual(["thing.frobnicate"]);
    expect(scanned.filter((action) => !(action.replaceAll(".", "_") in messages))).toEqual(["thing.frobnicate"]);
  });
});
