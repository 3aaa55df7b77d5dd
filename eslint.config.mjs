import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
          ],
        },
      ],
    },
  },
]);
