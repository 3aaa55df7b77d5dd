// Link documents: the shared shape used by meetings, measures and exchanges, and the documents
// attached to programs.
import type { Prisma } from "@/lib/platform/db/generated/client";
import { createDocuments } from "@/prisma/seed/factories";
import { newId, optionalDay, type SeedContext } from "./context";

export type DocDef = { title: string; category: string; url: string; language: string; date?: string };

/** A link document; `category` is an IATI DocumentCategory code. */
export function doc(title: string, category: string, url: string, language = "en", date?: string): DocDef {
  return { title, category, url, language, date };
}

type Owner = Pick<Prisma.DocumentCreateManyInput, "programId" | "meetingId" | "measureId" | "exchangeId" | "uploadedById">;

export function documentRows(docs: DocDef[] | undefined, owner: Owner): Prisma.DocumentCreateManyInput[] {
  return (docs ?? []).map((d) => ({
    id: newId(),
    title: d.title,
    category: d.category,
    url: d.url,
    languageCode: d.language,
    documentDate: optionalDay(d.date),
    ...owner,
  }));
}

const ilab = "https://www.dol.gov/agencies/ilab";
const ilo = "https://www.ilo.org";

/** Documents attached to programs, by program identifier. */
export const programDocuments: Record<string, DocDef[]> = {
  "US-GOV-1-ILAB-MX-001": [
    doc("Project summary: Support for labour justice reform in Mexico", "A02", `${ilab}/resources/technical-cooperation-projects`, "en", "2020-10-15"),
    doc("Mid-term evaluation report", "A07", `${ilab}/resources/reports/evaluations`, "en", "2023-03-30"),
    doc("Resumen del proyecto para actores sociales", "A03", "https://www.gob.mx/stps/documentos/reforma-laboral", "es", "2021-02-01"),
  ],
  "US-GOV-1-ILAB-MX-002": [
    doc("USMCA Rapid Response Labor Mechanism: cases and enforcement actions", "A12", "https://ustr.gov/issue-areas/enforcement/dispute-settlement-proceedings/fta-dispute-settlement/usmca/chapter-31-annex-31-a", "en", "2024-06-30"),
  ],
  "US-GOV-1-ILAB-MX-003": [
    doc("Final evaluation: legitimation of collective bargaining agreements", "A07", `${ilab}/resources/reports/evaluations`, "en", "2023-11-20"),
    doc("Results summary", "A08", `${ilab}/resources/technical-cooperation-projects`, "en", "2023-09-30"),
  ],
  "CA-GOV-ESDC-MX-001": [
    doc("Canada supports labour reform in Mexico (news release)", "A02", "https://www.canada.ca/en/employment-social-development/news.html", "en", "2020-11-04"),
  ],
  "US-GOV-1-ILAB-GT-001": [
    doc("Project document: labour inspection in agricultural exports", "A02", `${ilab}/resources/technical-cooperation-projects`, "es", "2021-11-01"),
    doc("Annual technical progress report 2024", "B01", `${ilab}/resources/technical-cooperation-projects`, "en", "2025-04-30"),
  ],
  "US-GOV-1-ILAB-HN-001": [
    doc("Final performance evaluation", "A07", `${ilab}/resources/reports/evaluations`, "en", "2019-08-15"),
    doc("Findings on the worst forms of child labor: Honduras", "A01", `${ilab}/resources/reports/child-labor/honduras`, "en", "2019-09-30"),
  ],
  "XM-DAC-41302-RLA-21-02-USA": [doc("Project brief: OSH in Central American agro-exports", "A02", `${ilo}/projects-and-partnerships/projects`, "es", "2021-09-01")],
  "XI-IATI-EC_INTPA-VN-001": [
    doc("Roadmap for ratification of ILO fundamental conventions", "A02", `${ilo}/regions-and-countries/asia-and-pacific/viet-nam`, "vi", "2021-12-10"),
    doc("Technical note: gap analysis between Labour Code 2019 and C87", "A01", `${ilo}/resources`, "en", "2022-06-15"),
  ],
  "XI-IATI-EC_INTPA-VN-002": [
    doc("Trade for Decent Work project in Viet Nam", "A12", `${ilo}/projects-and-partnerships/projects/trade-decent-work`, "en", "2021-03-01"),
    doc("Final independent evaluation", "A07", `${ilo}/resources/evaluations`, "en", "2026-06-30"),
  ],
  "XI-IATI-EC_INTPA-VN-004": [
    doc("Study report: child labour in garment and agriculture supply chains", "A08", `${ilo}/resources`, "en", "2023-10-12"),
    doc("Báo cáo nghiên cứu (tóm tắt)", "A08", "https://www.molisa.gov.vn", "vi", "2023-10-12"),
  ],
  "CA-GOV-ESDC-CO-001": [
    doc("Project description: protection of trade union leaders", "A02", "https://www.canada.ca/en/employment-social-development/services/labour-relations/international.html", "en", "2022-03-01"),
    doc("Informe anual de avance 2025", "B01", "https://www.mintrabajo.gov.co", "es", "2026-02-28"),
  ],
  "CA-GOV-ESDC-CO-002": [doc("Canada–Colombia action plan 2018–2021", "A09", "https://www.canada.ca/en/employment-social-development/services/labour-relations/international/agreements/colombia.html", "en", "2018-05-23")],
  "CA-GOV-ESDC-CO-004": [doc("Términos de referencia de la investigación", "A02", "https://www.mintrabajo.gov.co", "es", "2024-02-15")],
  "US-GOV-1-ILAB-NAALC-001": [doc("North American Labor Markets: comparative study", "A08", `${ilab}/trade/agreements/naalc`, "en", "2003-06-30")],
};

export async function loadProgramDocuments(ctx: SeedContext): Promise<void> {
  await createDocuments(
    ctx.tx,
    Object.entries(programDocuments).flatMap(([identifier, docs]) =>
      documentRows(docs, { programId: ctx.programs.id(identifier) }),
    ),
  );
}
