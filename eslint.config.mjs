import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const TRANSLATIONS = { name: "next-intl/server", importNames: ["getTranslations", "getFormatter"], message: "Use getTranslations and getFormatter from @/lib/platform/i18n/server." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/platform/db/generated/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "error",
    },
  },
  {
    // Pages and components say nothing in English of their own: every word a reader sees comes from the
    // message files (lib/platform/i18n/messages/<locale>/), so that it exists in every language. Punctuation,
    // symbols and names that are the same in every language are allowed.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        { noStrings: true, ignoreProps: true, allowedStrings: ["·", "—", "–", "→", "←", "×", "/", ":", ",", ".", "(", ")", ") ·", ", #", "|", "*", "…", "%", "+", "-", "#", "=", "1", "SHA-256"] },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label|description|heading|summary|caption|legend|hint|submitLabel|pendingLabel|confirm|confirmLabel|message|empty|emptyText|text)$/] > Literal[value=/[A-Za-z]{2}/]",
          message: "User-visible text comes from the message files.",
        },
        {
          selector: "JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label)$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{3}/]",
          message: "User-visible text comes from the message files.",
        },
        { selector: "VariableDeclarator[id.name='metadata'] Property[key.name=/^(title|description)$/] > Literal", message: "Page titles come from the message files (generateMetadata)." },
        {
          // A sentence or a label in a string: "Save changes", "No programs yet."
          selector: ":not(ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression) > Literal[value=/^[A-Z][a-z]+,? [a-z]+/]",
          message: "User-visible text comes from the message files.",
        },
        { selector: "TemplateElement[value.raw=/[A-Z][a-z]+ [a-z]+ [a-z]+/]", message: "User-visible text comes from the message files." },
      ],
    },
  },
  {
    // Server code takes its words from lib/platform/i18n/server.ts, which compiles each message once
    // per process; next-intl's own getTranslations and getFormatter compile them again per request.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/platform/i18n/server.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [TRANSLATIONS] }] },
  },
  {
    // API routes read their caller only through lib/platform/api/viewer.ts, which refuses writes made with the
    // session cookie from another site; a route that read the session itself would skip that check.
    files: ["app/api/v1/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/auth/session", message: "Use apiViewer, apiActor or apiContext from @/lib/api/viewer." },
            { name: "next-auth", importNames: ["getServerSession"], message: "Use apiViewer, apiActor or apiContext from @/lib/api/viewer." },
            { name: "next-auth/jwt", message: "Use apiViewer, apiActor or apiContext from @/lib/api/viewer." },
            { name: "next/headers", importNames: ["cookies"], message: "Use apiViewer, apiActor or apiContext from @/lib/api/viewer." },
            TRANSLATIONS,
          ],
        },
      ],
    },
  },
]);
