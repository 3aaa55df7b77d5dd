import type { Db } from "@/lib/platform/db/create-client";
import { seedDemoData } from "./demo";
import { seedReferenceData } from "./reference";

export type SeedResult = { demoLoaded: boolean; summary: string };

/**
 * Reference data always; demo data and demo accounts only when `demo` is set. Safe to run on every
 * start: nothing is created twice.
 */
export async function seed(db: Db, { demo }: { demo: boolean }): Promise<SeedResult> {
  await db.$transaction((tx) => seedReferenceData(tx));
  if (!demo) return { demoLoaded: false, summary: "Reference data is in place (no demo data: not a demo database)." };
  const demoLoaded = await seedDemoData(db);
  return {
    demoLoaded,
    summary: demoLoaded ? "Loaded the demo data and demo accounts." : "Demo data already present; nothing added.",
  };
}
