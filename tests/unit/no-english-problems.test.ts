// No sentence the server writes for a reader is fixed in English: every AppError message, zod message
// and form outcome is a problem reference (lib/platform/i18n/problem.ts), said in the reader's
// language. This scans the server code for the shapes an English sentence takes there.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["lib", "app"];

/** Not read by people in the app's languages: operator output, the catalogue itself, generated code. */
const EXCLUDED = ["lib/platform/env.ts", "lib/platform/backup/", "lib/platform/i18n/", "lib/platform/db/generated/"];

/** Areas whose messages are not problem references yet: none, and a new area starts converted. */
const ALLOWLIST: string[] = [];

// A literal that reads as words: a letter, later a space.
const WORDS = String.raw`(?:"[^"\n]*[A-Za-z][^"\n]*\s[^"\n]*"|'[^'\n]*[A-Za-z][^'\n]*\s[^'\n]*'|\`[^\`]*\`)`;
const ANY_LITERAL = String.raw`(?:"[^"\n]*"|'[^'\n]*'|\`[^\`]*\`)`;

const SHAPES: { name: string; pattern: RegExp }[] = [
  { name: "AppError with a literal message", pattern: new RegExp(String.raw`new AppError\(\s*"[A-Z_]+",\s*${ANY_LITERAL}`, "g") },
  {
    name: "zod check with a literal message",
    pattern: new RegExp(String.raw`\.(?:min|max|length|regex|gt|gte|lt|lte|int|positive|nonnegative|nonempty|multipleOf)\([^\n]*?,\s*${ANY_LITERAL}\s*\)`, "g"),
  },
  { name: "refinement with a literal message", pattern: new RegExp(String.raw`\.(?:refine|superRefine|check)\([^\n]*,\s*${WORDS}\s*\)`, "g") },
  { name: "literal `error:` or `message:`", pattern: new RegExp(String.raw`\b(?:error|message):\s*${WORDS}`, "g") },
  { name: "field rule with a literal message", pattern: new RegExp(String.raw`\b(?:ZId|ZRequiredDay|ZWholeNumber)\(\s*${ANY_LITERAL}`, "g") },
  { name: "literal field error", pattern: new RegExp(String.raw`fieldErrors(?:\.\w+\s*=|:\s*\{[^}\n]*:)\s*\[\s*${WORDS}`, "g") },
];

/** The code without its comments, which may quote the shapes above as examples. */
function code(text: string): string {
  return text.replace(/^\s*\/\*[\s\S]*?\*\//gm, "").replace(/^\s*\/\/.*$/gm, "");
}

/** Each English literal found in `text`, with its shape. */
export function englishProblems(text: string): string[] {
  const source = code(text);
  return SHAPES.flatMap(({ name, pattern }) => [...source.matchAll(pattern)].map((match) => `${name}: ${match[0].replace(/\s+/g, " ").slice(0, 120)}`));
}

function sourceFiles(): string[] {
  const files: string[] = [];
  for (const root of ROOTS) {
    for (const entry of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
      const file = path.join(root, entry).split(path.sep).join("/");
      if (!/\.tsx?$/.test(file) || (root === "lib" && file.endsWith(".tsx"))) continue;
      if (EXCLUDED.some((excluded) => file === excluded || file.startsWith(excluded))) continue;
      files.push(file);
    }
  }
  return files.sort();
}

const found = new Map(sourceFiles().map((file) => [file, englishProblems(fs.readFileSync(file, "utf8"))]));
const allowed = (file: string) => ALLOWLIST.some((area) => file.startsWith(area));

describe("English messages in server code", () => {
  it("are recognised in each shape they take", () => {
    const samples = [
      'throw new AppError("NOT_FOUND", "There is no agreement with this id.");',
      "throw new AppError(\n  \"CONFLICT\",\n  `You already have ${max} tokens.`,\n);",
      'name: z.string().trim().min(1, "Give the token a name.").max(100, problem("TokenProblem.nameTooLong")),',
      "limit: z.number().max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}`),",
      'code: z.string().regex(/^[A-Z]{2}$/, "Choose a country from the list."),',
      'kind: z.enum(Kind, { error: "Choose a kind from the list." }),',
      'ctx.addIssue({ code: "custom", path: ["parties"], message: "A bilateral agreement has exactly two parties." });',
      '.refine((value) => value.length > 0, "Enter at least one party.")',
      'agreementId: ZId("Which agreement? The form is missing it."),',
      'return { message: "Token revoked." };',
      'fieldErrors.countryCode = ["There is no country with this code."];',
      'throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { role: ["You cannot remove your own role."] } });',
    ];
    for (const sample of samples) expect(englishProblems(sample), sample).not.toEqual([]);
  });

  it("let problem references, values and configuration through", () => {
    const samples = [
      'throw new AppError("NOT_FOUND", problem("AgreementProblem.notFound"));',
      'name: z.string().trim().min(1, problem("TokenProblem.enterName")).max(100, problem("TokenProblem.nameTooLong", { max: 100 })),',
      'pages: { signIn: "/sign-in", error: "/sign-in" },',
      "logger.error({ err: error }, \"the chosen language could not be saved\");",
      'fieldErrors: { [field]: [message] }',
      "// new AppError(\"NOT_FOUND\", \"An example in a comment.\")",
      'const list = text.slice(0, 10).split(",");',
    ];
    for (const sample of samples) expect(englishProblems(sample), sample).toEqual([]);
  });

  it("are not written outside the areas still to be converted", () => {
    const offending = [...found].filter(([file, problems]) => problems.length && !allowed(file)).map(([file, problems]) => `${file}\n  ${problems.join("\n  ")}`);
    expect(offending, "write these as problem(\"Namespace.key\", values) with their translations").toEqual([]);
  });
});
