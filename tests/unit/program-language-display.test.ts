import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { demoProgramTranslations } from "@/prisma/seed/demo/program-translations";

// How a program's title reaches a reader: in their language when the program has it, else in the
// original with a note of its language. ProgramLink and ProgramHeader are async server components:
// each is resolved here the way React does on the server, then rendered to HTML.

const reader = vi.hoisted(() => ({ locale: "en" }));

vi.mock("@/lib/platform/i18n/server", async () => {
  const { loadMessages } = await import("@/lib/platform/i18n/load-messages");
  const messages = (locale: string) => loadMessages(locale as "en");
  return {
    getLocale: async () => reader.locale,
    getTranslations: async (namespace: string) => createTranslator({ locale: reader.locale, messages: await messages(reader.locale), namespace: namespace as never }),
  };
});
vi.mock("@/lib/domain/monitoring/program-health", () => ({ programHealth: async () => new Map() }));

const { ProgramLink } = await import("@/components/programs/program-link");
const { ProgramHeader } = await import("@/components/programs/program-header");

/** The element tree with every async component replaced by what it returned. */
async function resolve(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (!isValidElement(node)) return node;
  const { type, props } = node as ReactElement<{ children?: ReactNode }>;
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") return resolve(await (type as (p: unknown) => Promise<ReactNode>)(props));
  if (props.children === undefined) return node;
  return { ...node, props: { ...props, children: await resolve(props.children) } } as ReactElement;
}

const html = async (node: ReactNode) => renderToStaticMarkup(await resolve(node));

/** A demo program as the seed stores it: written in English, translated into Spanish, French and Vietnamese. */
const demo = {
  id: "p1",
  title: "Strengthening labour inspection in Guatemala's agricultural exports",
  language: "en",
  translations: demoProgramTranslations("US-GOV-1-ILAB-GT-001"),
};

/** A program written in Spanish with an English title only. */
const spanish = { id: "p2", title: "Fortalecimiento de la Secretaría del Trabajo", language: "es", translations: { title: { en: "Strengthening the Labour Secretariat" } } };

beforeEach(() => {
  reader.locale = "en";
});

describe("a program's title", () => {
  it("is in Spanish for a Spanish reader of a demo program, marked as Spanish, with no note", async () => {
    reader.locale = "es";
    const link = await html(createElement(ProgramLink, { program: demo }));
    expect(link).toContain('<span lang="es">Fortalecimiento de la inspección del trabajo en las exportaciones agrícolas de Guatemala</span>');
    expect(link).not.toContain("Strengthening");
    expect(link).not.toContain("language-note");
  });

  it("is in French and in Vietnamese for those readers, in English for an English one", async () => {
    reader.locale = "fr";
    expect(await html(createElement(ProgramLink, { program: demo }))).toContain("Renforcement de l’inspection du travail");
    reader.locale = "vi";
    expect(await html(createElement(ProgramLink, { program: demo }))).toContain("Tăng cường thanh tra lao động");
    reader.locale = "en";
    expect(await html(createElement(ProgramLink, { program: demo }))).toContain(`<span lang="en">${demo.title.replace("'", "&#x27;")}</span>`);
  });

  it("is the original with a note of its language, in the reader's, when the program lacks the reader's language", async () => {
    reader.locale = "vi";
    const vietnamese = await html(createElement(ProgramLink, { program: spanish }));
    expect(vietnamese).toContain('<span lang="es">Fortalecimiento de la Secretaría del Trabajo</span>');
    expect(vietnamese).toContain("(viết bằng tiếng Tây Ban Nha)");
    reader.locale = "fr";
    expect(await html(createElement(ProgramLink, { program: spanish }))).toContain("(rédigé en espagnol)");
    reader.locale = "en";
    const english = await html(createElement(ProgramLink, { program: spanish }));
    expect(english).toContain("Strengthening the Labour Secretariat");
    expect(english).not.toContain("language-note");
  });

  it("heads the program's page in the reader's language, or in the original with the note under it", async () => {
    const program = { ...spanish, identifier: "MX-1", agreement: { id: "a1", shortName: "USMCA" }, type: "TECHNICAL_COOPERATION", status: "PIPELINE", visibility: "PUBLISHED", mayEdit: false };
    reader.locale = "fr";
    const page = await html(createElement(ProgramHeader, { program: program as never }));
    expect(page).toContain('<h1 lang="es">Fortalecimiento de la Secretaría del Trabajo</h1><p class="muted language-note">(rédigé en espagnol)</p>');
    reader.locale = "es";
    expect(await html(createElement(ProgramHeader, { program: { ...program, language: "en", title: "Labour inspection", translations: { title: { es: "Inspección del trabajo" } } } as never }))).toContain(
      '<h1 lang="es">Inspección del trabajo</h1>',
    );
  });
});
