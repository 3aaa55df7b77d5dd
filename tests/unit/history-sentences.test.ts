// What a history entry says to its reader: one sentence naming who did what, in the reader's
// language, with enum values, dates, money and yes/no in words, and never a stored code.
import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeEntry, type HistoryEntry } from "@/lib/platform/audit/history/describe-entry";
import type { HistoryLanguage, Translate } from "@/lib/platform/audit/history/history-values";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import type { Locale } from "@/lib/platform/i18n/locales";

async function language(locale: Locale): Promise<HistoryLanguage> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as Translate;
  return { t, format: createFormatter({ locale, timeZone: "UTC" }), locale, names: new Map([["inst-1", "Joint Labour Council"]]) };
}

const maria = { name: "Maria López" };
const program = {
  id: "p1", version: 3, title: "Labour inspection", status: "PIPELINE", visibility: "DRAFT", currencyCode: "USD",
  fundingAmount: "1000", plannedStart: "2026-01-01", summary: "Short.", topics: ["LABOUR_INSPECTION"], leadInstitutionId: null,
};
const long = "Inspectors visit every registered workplace in the three border provinces twice a year, ".repeat(5);

const entries = {
  published: { action: "program.update", actor: maria, before: program, after: { ...program, version: 4, visibility: "PUBLISHED" } },
  status: {
    action: "program.update",
    actor: maria,
    before: program,
    after: { ...program, status: "IMPLEMENTATION", statusReason: "Funding arrived", fundingAmount: "2500.50", plannedStart: "2026-02-01", summary: long, leadInstitutionId: "inst-1" },
  },
  indicator: { action: "indicator.create", actor: maria, before: null, after: { indicator: { id: "i1", title: "Inspections carried out", level: "OUTPUT", measure: "UNIT", ascending: true } } },
  participant: { action: "program.participant.add", actor: maria, before: null, after: { participant: { id: "pa1", organisationId: "o1", organisation: "Ministry of Labour", role: "IMPLEMENTER" } } },
  review: { action: "plan.review", actor: maria, before: { status: "UNDER_REVIEW" }, after: { status: "CHANGES_REQUESTED", review: { decision: "REQUEST_CHANGES", comment: "Add dates to measure 2." } } },
  transaction: { action: "transaction.create", actor: maria, before: null, after: { transaction: { id: "t1", type: "DISBURSEMENT", date: "2026-03-15T00:00:00.000Z", amount: "1500", currencyCode: "USD" } } },
  disabled: { action: "user.disable", actor: maria, subject: "Ana Ruiz", before: { email: "ana@example.org", name: "Ana Ruiz", role: "GOVERNMENT", disabled: false, version: 1 }, after: { email: "ana@example.org", name: "Ana Ruiz", role: "GOVERNMENT", disabled: true, version: 2, revokedTokens: 2 } },
  lock: { action: "user.lock", actor: null, subject: "Ana Ruiz", before: null, after: { reason: "repeated failed sign-ins", address: "10.0.0.1", minutes: 15 } },
  refused: { action: "user.set-password-refused", actor: null, before: null, after: { reason: "account-disabled", purpose: "INVITATION" } },
  unknown: { action: "thing.frobnicate", actor: null, before: null, after: { state: "SOME_CODE" } },
} satisfies Record<string, HistoryEntry>;

describe("a history entry in English", () => {
  it("says a program was published, and the visibility from Draft to Published", async () => {
    const said = describeEntry(entries.published, await language("en"));
    expect(said.sentence).toBe("Maria López published the program");
    expect(said.changes).toEqual(["Visibility: from Draft to Published"]);
  });

  it("says a status change in words, with the reason, money and dates as the reader writes them, and long text shortened", async () => {
    const said = describeEntry(entries.status, await language("en"));
    expect(said.sentence).toBe("Maria López changed the program’s status from Pipeline to Implementation");
    expect(said.notes).toEqual(["Reason given: Funding arrived"]);
    expect(said.changes).toContain("Status: from Pipeline to Implementation");
    expect(said.changes).toContain("Amount of funding: from 1,000.00 USD to 2,500.50 USD");
    expect(said.changes).toContain("Planned start: from Jan 1, 2026 to Feb 1, 2026");
    expect(said.changes).toContain("Lead institution: set to Joint Labour Council");
    const summary = said.changes.find((line) => line.startsWith("Summary:"))!;
    expect(summary.length).toBeLessThan(200);
    expect(summary).toMatch(/^Summary: from Short\. to Inspectors visit .*…$/);
  });

  it("names the indicator added, the participant's role and the transaction's type and amount", async () => {
    const en = await language("en");
    expect(describeEntry(entries.indicator, en).sentence).toBe("Maria López added the indicator “Inspections carried out”");
    expect(describeEntry(entries.participant, en).sentence).toBe("Maria López added Ministry of Labour to the program as Implementer");
    expect(describeEntry(entries.transaction, en).sentence).toBe("Maria López recorded a transaction: Disbursement, 1,500.00 USD");
    expect(describeEntry(entries.transaction, en).after).toContain("Date: Mar 15, 2026");
  });

  it("says a review's decision and quotes its comment", async () => {
    const said = describeEntry(entries.review, await language("en"));
    expect(said.sentence).toBe("Maria López asked for changes to the plan");
    expect(said.notes).toEqual(["Comment: “Add dates to measure 2.”"]);
  });

  it("says yes and no in words, and names the account", async () => {
    const said = describeEntry(entries.disabled, await language("en"));
    expect(said.sentence).toBe("Maria López disabled the account of Ana Ruiz");
    expect(said.changes).toEqual(["Disabled: from No to Yes", "API tokens revoked: set to 2"]);
  });

  it("says what the system did, and never shows an unknown action's code", async () => {
    const en = await language("en");
    expect(describeEntry(entries.lock, en).sentence).toBe("Sign-in to the account of Ana Ruiz was locked for 15 minutes after repeated failed attempts");
    expect(describeEntry(entries.unknown, en).sentence).toBe("The system made a change");
    expect(describeEntry(entries.refused, en).sentence).toBe("A link to set a password was refused: the account is disabled");
    expect(describeEntry(entries.refused, en).after).toEqual(["Purpose: Invitation"]);
  });
});

describe("a history entry in Spanish", () => {
  it("says a program was published, from Borrador to Publicado", async () => {
    const said = describeEntry(entries.published, await language("es"));
    expect(said.sentence).toBe("Maria López publicó el programa");
    expect(said.changes).toEqual(["Visibilidad: de Borrador a Publicado"]);
  });

  it("says the status change, the money and the dates the Spanish way", async () => {
    const said = describeEntry(entries.status, await language("es"));
    expect(said.sentence).toBe("Maria López cambió el estado del programa de En preparación a En ejecución");
    expect(said.notes).toEqual(["Motivo indicado: Funding arrived"]);
    expect(said.changes).toContain("Monto del financiamiento: de 1000,00 USD a 2500,50 USD");
    expect(said.changes).toContain("Inicio previsto: de 1 ene 2026 a 1 feb 2026");
  });

  it("names the indicator, the role, the decision and the account in Spanish", async () => {
    const es = await language("es");
    expect(describeEntry(entries.indicator, es).sentence).toBe("Maria López agregó el indicador “Inspections carried out”");
    expect(describeEntry(entries.participant, es).sentence).toBe("Maria López agregó a Ministry of Labour al programa como Ejecutor");
    expect(describeEntry(entries.review, es).sentence).toBe("Maria López solicitó cambios en el plan");
    expect(describeEntry(entries.disabled, es).changes).toContain("Desactivada: de No a Sí");
    expect(describeEntry(entries.unknown, es).sentence).toBe("El sistema realizó un cambio");
    expect(describeEntry(entries.refused, es).sentence).toBe("Se rechazó un enlace para definir la contraseña: la cuenta está desactivada");
  });
});

describe("every language", () => {
  it("shows no stored code: no dotted action, no enum value in capitals", async () => {
    for (const locale of ["en", "es", "fr", "vi"] as const) {
      const lang = await language(locale);
      for (const entry of Object.values(entries)) {
        const said = describeEntry(entry, lang);
        const text = [said.sentence, ...said.notes, ...said.changes, ...said.before, ...said.after].join("\n");
        expect(text, `${locale} ${entry.action}`).not.toMatch(/\b[a-z][A-Za-z_]*\.[a-z][A-Za-z_-]*\b/);
        expect(text, `${locale} ${entry.action}`).not.toMatch(/\b(?!(?:USD|API|IATI)\b)[A-Z]{3,}(_[A-Z]+)*\b/);
      }
    }
  });
});

describe("the sentences themselves", () => {
  it("format in every language with the values the history gives them", async () => {
    const values = { actor: "A", name: "B", role: "C", status: "D", type: "E", from: "F", to: "G", amount: "H", decision: "APPROVE", how: "update", why: "account_disabled", minutes: 15, organisation: "I", constituency: "J", women: 1, men: 2 };
    for (const locale of ["en", "es", "fr", "vi"] as const) {
      const messages = await loadMessages(locale);
      const strict = createTranslator({ locale, messages, onError: (error) => { throw error; } }) as unknown as Translate;
      for (const key of Object.keys((messages.History as { action: Record<string, string> }).action)) {
        expect(strict(`History.action.${key}`, values), `${locale} ${key}`).not.toContain("History.");
      }
    }
  });
});
