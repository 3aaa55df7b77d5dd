// What a create/edit form shows and sends after each kind of answer: the kit every such form is built on.
import type * as React from "react";
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { TextField } from "@/components/ui/field";
import { FormWordsProvider } from "@/components/ui/form-words";
import { VersionedForm, type FormKit } from "@/components/ui/versioned-form";
import type { FormState } from "@/lib/platform/actions/form-state";

// The state the form's action answered with: rendering on the server never runs the action.
const answer: { state: FormState } = { state: { status: "idle" } };
vi.mock("react", async (importOriginal) => ({ ...(await importOriginal<typeof React>()), useActionState: () => [answer.state, () => {}, false] }));

const record = { id: "r1", version: 3, title: "Saved title" };

function render(state: FormState, extra: { staleNotice?: (stale: NonNullable<FormState["stale"]>) => ReactNode } = {}) {
  answer.state = state;
  const fields = ({ value, errors }: FormKit) => createElement(TextField, { name: "title", label: "Title", defaultValue: value("title", record.title), errors: errors.title });
  const props = { action: async () => state, record, label: "Edit", submitLabel: (current: FormState) => (current.stale ? "Save mine" : "Save"), pendingLabel: "Saving", ...extra, children: fields };
  const messages = { Forms: { problemTitle: "There is a problem" } };
  const form = createElement(VersionedForm, { formId: "record", ...props });
  const config: Omit<React.ComponentProps<typeof NextIntlClientProvider>, "children"> = { locale: "en", timeZone: "UTC", messages };
  return renderToString(createElement(NextIntlClientProvider, config as React.ComponentProps<typeof NextIntlClientProvider>, form));
}

describe("a versioned form", () => {
  it("starts from the saved record and sends its id and version", () => {
    const html = render({ status: "idle" });
    expect(html).toContain('value="Saved title"');
    expect(html).toContain('<input type="hidden" name="id" value="r1"/>');
    expect(html).toContain('<input type="hidden" name="version" value="3"/>');
  });

  it("keeps what was typed after a refusal, with the version it started from and the problems of the version above the button", () => {
    const html = render({ status: "error", message: "Someone else changed this.", fieldErrors: { title: ["Too long."], version: ["Reload the page."] }, values: { title: "Typed", version: "2" } });
    expect(html).toContain('value="Typed"');
    expect(html).toContain('<input type="hidden" name="version" value="2"/>');
    expect(html).toContain("Too long.");
    expect(html).toMatch(/<p class="field-error" role="alert">Reload the page.<\/p><button/);
  });

  it("starts a refused form with a summary of every problem, each a link to its field, focusable to be read out", () => {
    const html = render({ status: "error", message: "Some fields need attention.", fieldErrors: { title: ["Too long.", "No tags."], version: ["Reload the page."] }, values: { title: "Typed", version: "2" } });
    const summary = html.slice(html.indexOf('tabindex="-1"'), html.indexOf("</ul>"));
    expect(summary).toContain('<div role="alert"><h2');
    expect(summary).toContain(">There is a problem</h2>");
    expect(summary).toContain("Some fields need attention.");
    expect(summary).toContain('<li><a href="#record-title">Too long.</a></li><li><a href="#record-title">No tags.</a></li>');
    // The version has no field to go to: its problem is listed, without a link.
    expect(summary).toContain("<li>Reload the page.</li>");
    expect(html).toContain('id="record-title"');
    // The summary comes first in the form.
    expect(html.indexOf('tabindex="-1"')).toBeLessThan(html.indexOf('id="record-title"'));
  });

  it("titles the summary with the words the server wrote, in the reader's language, with no message library in the browser", () => {
    answer.state = { status: "error", message: "Certains champs sont à revoir.", fieldErrors: { title: ["Trop long."] }, values: { title: "Typed", version: "2" } };
    const fields = ({ value, errors }: FormKit) => createElement(TextField, { name: "title", label: "Titre", defaultValue: value("title", record.title), errors: errors.title });
    const props = { formId: "record", action: async () => answer.state, record, label: "Modifier", submitLabel: "Enregistrer", pendingLabel: "Enregistrement", children: fields };
    const form = createElement(VersionedForm, props);
    // No next-intl provider: a program's page sends none, only the forms' shared words.
    const html = renderToString(createElement(FormWordsProvider, { words: { problemTitle: "Il y a un problème" } }, form));
    expect(html).toContain(">Il y a un problème</h2>");
    expect(html).toContain('<li><a href="#record-title">Trop long.</a></li>');
  });

  it("says a refusal that is about no field as an alert", () => {
    const html = render({ status: "error", message: "Someone else changed this.", values: { title: "Typed", version: "2" } });
    expect(html).toContain('role="alert" class="form-message form-message-error">Someone else changed this.');
  });

  it("shows the saved record again after a success, with its message", () => {
    const html = render({ status: "success", message: "Saved." });
    expect(html).toContain('value="Saved title"');
    expect(html).toContain('role="status" class="form-message">Saved.');
  });

  it("stays refused after a stale edit unless it shows what others changed; then saving again applies the user's version", () => {
    const stale = { status: "error", message: "Stale.", stale: { currentVersion: 5, changes: [], changedBy: ["Bo"] }, values: { title: "Mine", version: "3" } } satisfies FormState;
    const plain = render(stale);
    expect(plain).toContain('<input type="hidden" name="version" value="3"/>');
    const shown = render(stale, { staleNotice: (changes) => createElement("p", { id: "notice" }, `Changed by ${changes.changedBy.join(", ")}`) });
    expect(shown).toContain('<p id="notice">Changed by Bo</p>');
    expect(shown).toContain('<input type="hidden" name="version" value="5"/>');
    expect(shown).toContain(">Save mine</button>");
  });
});
