// The lint rule that keeps English out of pages and components: it must catch each way a word can
// be written into a component, and leave punctuation and message lookups alone.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath = "components/example/example.tsx"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === "react/jsx-no-literals" || message.ruleId === "no-restricted-syntax").map((message) => message.message);
}

describe("no user-visible literals in components and pages", () => {
  it.each([
    ["text between tags", `export const A = () => <p>No programs yet</p>;`],
    ["a string in braces", `export const A = () => <p>{"Save"}</p>;`],
    ["an accessible name", `export const A = () => <button aria-label="Close">x</button>;`],
    ["a placeholder", `export const A = () => <input placeholder="Search programs" />;`],
    ["a label given to a component", `const F = (p: { label: string }) => <span>{p.label}</span>; export const A = () => <F label="Title" />;`],
    ["a sentence kept in a constant", `const EMPTY = "Nothing to show here."; export const A = () => <p>{EMPTY}</p>;`],
    ["a sentence in a template", "export const A = ({ n }: { n: number }) => <p>{`Showing ${n} of the programs`}</p>;"],
    ["a page title", `export const metadata = { title: "Programs" }; export default function P() { return null; }`],
  ])("fails on %s", async (_, code) => {
    expect(await problems(code)).not.toEqual([]);
  }, 30_000);

  it("fails in a page too", async () => {
    expect(await problems(`export default function P() { return <h1>Dashboard</h1>; }`, "app/(app)/example/page.tsx")).not.toEqual([]);
  }, 30_000);

  it("passes messages, punctuation and class names", async () => {
    const code = `import { useTranslations } from "next-intl";
export function A({ name }: { name: string }) {
  const t = useTranslations("Programs");
  return <p className="card muted" aria-label={t("title")}>{t("title")} · {name} — {t("count", { n: 2 })}</p>;
}`;
    expect(await problems(code)).toEqual([]);
  }, 30_000);
});
