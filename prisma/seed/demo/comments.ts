// Comments by the demo users on programs and plans.
import { createComments } from "@/prisma/seed/factories";
import { ANALYST_EMAIL, CSO_EMAIL, day, GOV_MX_EMAIL, GOV_US_EMAIL, newId, type Registry, type SeedContext } from "./context";

type CommentDef = { author: string; program?: string; plan?: string; at: string; body: string };

export const comments: CommentDef[] = [
  { author: CSO_EMAIL, program: "US-GOV-1-ILAB-MX-001", at: "2026-03-12", body: "Our affiliates report that conciliation centres in two states are still understaffed. Could the next report show settlement rates by state?" },
  { author: GOV_MX_EMAIL, program: "US-GOV-1-ILAB-MX-001", at: "2026-03-18", body: "State-level results will be included from the first-half 2026 report onwards." },
  { author: ANALYST_EMAIL, program: "CA-GOV-ESDC-MX-001", at: "2026-06-04", body: "Most of the contribution has been disbursed but the program reports no indicators. Please add results indicators with baselines." },
  { author: ANALYST_EMAIL, program: "XM-DAC-41302-RLA-21-02-USA", at: "2026-02-10", body: "Disbursements exceed the recorded commitment. Is there an amendment to the cooperative agreement that has not been entered?" },
  { author: GOV_US_EMAIL, program: "XM-DAC-41302-RLA-21-02-USA", at: "2026-02-16", body: "Yes: a USD 450,000 modification was signed in 2024. We will record it." },
  { author: CSO_EMAIL, program: "CA-GOV-ESDC-CO-001", at: "2026-04-22", body: "Assessment times have improved but are still above 30 days in Cauca and Antioquia, where most threats are reported." },
  { author: GOV_US_EMAIL, program: "US-GOV-1-ILAB-GT-001", at: "2025-09-03", body: "The 2025 sanction data are preliminary; the ministry will confirm collection figures in the annual report." },
  { author: CSO_EMAIL, plan: "usmca-rrm-matamoros", at: "2025-11-05", body: "Workers tell us two reinstated organisers were moved to night shifts. We will document this in the follow-up report." },
  { author: ANALYST_EMAIL, plan: "evfta-c87", at: "2024-11-05", body: "See the review: a date for submission to the National Assembly is the main missing element." },
  { author: GOV_MX_EMAIL, plan: "usmca-fair-recruitment", at: "2026-09-02", body: "Draft: measures to be completed after consulting the national advisory group." },
];

export async function loadComments(ctx: SeedContext, plans: Registry): Promise<void> {
  await createComments(
    ctx.tx,
    comments.map((c) => ({
      id: newId(),
      authorId: ctx.users.id(c.author),
      programId: ctx.programs.optional(c.program),
      planId: plans.optional(c.plan),
      body: c.body,
      createdAt: day(c.at),
    })),
  );
}
