// The messages sent to the browser are those client components read: every namespace a client
// component asks for is in CLIENT_NAMESPACES, and every namespace listed exists.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const clientFiles = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")));
const messages: Record<string, unknown> = Object.assign(
  {},
  ...fs.readdirSync("lib/i18n/messages/en").map((file) => JSON.parse(fs.readFileSync(path.join("lib/i18n/messages/en", file), "utf8")) as Record<string, unknown>),
);

describe("the messages client components read", () => {
  it("are all sent to the browser", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const file of clientFiles) {
      const text = fs.readFileSync(file, "utf8");
      // Every call names its namespace, so that this list can be checked.
      expect(text.match(/useTranslations\(\s*\)/g), file).toBeNull();
      for (const match of text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) used.add(match[1]!.split(".")[0]!);
    }
    expect([...used].filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
  });

  it("exist in the messages", () => {
    expect(CLIENT_NAMESPACES.filter((namespace) => !(namespace in messages))).toEqual([]);
  });
});
