// An agreement's card on the home page: a terminated agreement is said from–to, not "in force since"
// its start, which would contradict its status, in any of the four languages.
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";

const reader = { locale: "en" as "en" | "es" | "fr" | "vi" };

vi.mock("@/lib/platform/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: reader.locale, messages: await loadMessages(reader.locale), namespace }),
  getFormatter: async () => createFormatter({ locale: reader.locale, timeZone: "UTC" }),
}));

const { AgreementCard } = await import("@/components/agreements/agreement-card");

const naalc = {
  id: "a1",
  title: "North American Agreement on Labor Cooperation",
  shortName: "NAALC",
  kind: "REGIONAL",
  status: "TERMINATED",
  signedOn: new Date("1993-09-14"),
  inForceOn: new Date("1994-01-01"),
  terminatedOn: new Date("2020-07-01"),
  summary: "",
  parties: [{ code: "MX", name: "Mexico" }],
  publishedPrograms: 2,
  provisions: 11,
} as const;

const render = async (agreement: object) => renderToStaticMarkup(await AgreementCard({ agreement: agreement as never }));

describe("<AgreementCard>", () => {
  it.each([
    ["en", "In force 1994–2020", "since"],
    ["es", "En vigor 1994–2020", "desde"],
    ["fr", "En vigueur 1994–2020", "depuis"],
    ["vi", "Có hiệu lực 1994–2020", "từ năm"],
  ] as const)("says a terminated agreement from its entry into force to its end (%s)", async (locale, said, notSaid) => {
    reader.locale = locale;
    const html = await render(naalc);
    expect(html).toContain(said);
    expect(html).not.toContain(notSaid);
  });

  it.each([
    ["en", "In force from 1994 until its termination", "since"],
    ["es", "En vigor desde 1994 hasta su terminación", "desde el"],
    ["fr", "En vigueur de 1994 jusqu’à son extinction", "depuis"],
    ["vi", "Có hiệu lực từ năm 1994 cho đến khi chấm dứt", "Có hiệu lực từ 1"],
  ] as const)("says in words that a terminated agreement ended when its end is not recorded (%s)", async (locale, said, notSaid) => {
    reader.locale = locale;
    const html = await render({ ...naalc, terminatedOn: null });
    expect(html).toContain(said);
    expect(html).not.toContain(notSaid);
  });

  it("still says an agreement in force is in force since its start", async () => {
    reader.locale = "en";
    expect(await render({ ...naalc, status: "IN_FORCE" })).toContain("In force since January 1, 1994");
  });
});
