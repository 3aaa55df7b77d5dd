import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The CLI runs on Prisma's wasm schema engine through the pg driver adapter. Pointing the native
// engine variables at a stub keeps it from trying to download binaries it never uses.
const here = import.meta.dirname;
const engineStub = path.join(here, "prisma", "engine-stub");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= engineStub;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= engineStub;

export default defineConfig({
  schema: path.join(here, "prisma", "schema.prisma"),
  migrations: { path: path.join(here, "prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: run this through an npm script (npm run db:migrate).");
    }
    // allowExitOnIdle: without it every CLI command waits for pg's idle pool to time out.
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
