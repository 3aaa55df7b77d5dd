// The demo data: real agreements with labour chapters, their institutions, cooperation programs
// with money, results and events, information exchanges, plans, public submissions, and the demo
// accounts. Each loader writes its rows with the bulk factories (../factories: createPrograms,
// createTransactions …), which build each row the way the tests' factories do; one insert per table
// keeps the seed fast.
import type { Db } from "@/lib/platform/db/create-client";
import { hashPassword } from "@/lib/platform/auth/password";
import { ensureOrganisations, upsertDemoAccounts } from "./accounts";
import { loadAgreements } from "./agreements";
import { loadComments } from "./comments";
import { newContext } from "./context";
import { loadProgramDocuments } from "./documents";
import { loadEvents } from "./events";
import { loadExchanges } from "./exchanges";
import { loadFunding } from "./funding";
import { loadIndicators } from "./indicators";
import { loadInstitutions } from "./institutions";
import { loadMeetings } from "./meetings";
import { DEMO_PASSWORD } from "./organisations";
import { loadPlans } from "./plans";
import { loadPrograms } from "./programs";
import { loadSubmissions } from "./submissions";

/** The agreement whose presence means the demo data is already loaded. */
const MARKER_AGREEMENT = "USMCA";

/**
 * Loads the demo data in one transaction and returns true, or returns false and adds nothing when
 * it is already there. Either way the demo accounts exist afterwards (created if missing, never
 * duplicated, an existing one left untouched).
 */
export async function seedDemoData(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const present = await db.agreement.findUnique({ where: { shortName: MARKER_AGREEMENT }, select: { id: true } });
  if (present) {
    await db.$transaction(async (tx) => {
      await upsertDemoAccounts(tx, await ensureOrganisations(tx), passwordHash);
    });
    return false;
  }

  await db.$transaction(
    async (tx) => {
      const ctx = newContext(tx);
      ctx.orgs = await ensureOrganisations(tx);
      ctx.users = await upsertDemoAccounts(tx, ctx.orgs, passwordHash);
      await loadAgreements(ctx);
      await loadInstitutions(ctx);
      await loadMeetings(ctx);
      await loadPrograms(ctx);
      await loadFunding(ctx);
      await loadIndicators(ctx);
      await loadEvents(ctx);
      await loadProgramDocuments(ctx);
      await loadExchanges(ctx);
      const plans = await loadPlans(ctx);
      await loadComments(ctx, plans);
      await loadSubmissions(ctx, plans);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return true;
}
