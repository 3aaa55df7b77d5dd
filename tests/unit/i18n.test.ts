// The messages sent to the browser are those client components read: every namespace a client
// component asks for is in CLIENT_NAMESPACES, and every namespace listed exists.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, ROOT_NAMESPACES } from "@/lib/i18n/client-namespaces";

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

  it("reach every component that reads them: pages outside the signed-in group wrap such a form in <ClientMessages>", () => {
    const translated = clientFiles.filter((file) => /useTranslations\(/.test(fs.readFileSync(file, "utf8")));
    const rootOnly = translated.filter((file) => file.startsWith("app/") && !file.startsWith("app/(app)/"));
    // A server component that renders such a form without wrapping it hands the duty to wrap to
    // whoever renders it in turn, up to the page.
    const servers = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => !/^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")));
    const wraps = (file: string) => fs.readFileSync(file, "utf8").includes("<ClientMessages>");
    const importersOf = (files: string[]) => {
      const modules = files.map((file) => `@/${file.replace(/\.tsx?$/, "")}`);
      const relative = (file: string) => files.filter((other) => path.dirname(other) === path.dirname(file)).map((other) => `./${path.basename(other).replace(/\.tsx?$/, "")}`);
      return servers.filter((file) => {
        const text = fs.readFileSync(file, "utf8");
        return [...modules, ...relative(file)].some((module) => text.includes(`from "${module}"`));
      });
    };
    let importers = importersOf(translated);
    for (let passed = importers.filter((file) => file.startsWith("components/") && !wraps(file)); passed.length > 0; ) {
      const next = importersOf(passed).filter((file) => !importers.includes(file));
      importers = [...importers, ...next];
      passed = next.filter((file) => file.startsWith("components/") && !wraps(file));
    }
    expect(importers.length).toBeGreaterThan(5);
    const unwrapped = importers.filter((file) => file.startsWith("app/") && !file.startsWith("app/(app)/") && !wraps(file));
    expect(unwrapped).toEqual([]);
    // Only the root error page reads messages outside a page: the root layout sends those.
    expect(rootOnly).toEqual(["app/error.tsx"]);
    expect(fs.readFileSync("app/error.tsx", "utf8").match(/useTranslations\(\s*"([^"]+)"/g)?.map((call) => call.split('"')[1])).toEqual([...ROOT_NAMESPACES]);
  });

  it("exist in the messages", () => {
    expect(CLIENT_NAMESPACES.filter((namespace) => !(namespace in messages))).toEqual([]);
  });
});
