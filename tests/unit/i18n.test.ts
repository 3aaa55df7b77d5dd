// The messages sent to the browser are those client components read. Every client component is
// rendered to HTML with only the messages the server sends it (CLIENT_NAMESPACES within
// <ClientMessages>): one that reads a namespace not sent renders next-intl's fallback and reports
// MISSING_MESSAGE, which fails here. The error page, on every page, reads no namespace: the root
// layout sends it its words as plain strings.
import fs from "node:fs";
import path from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ErrorMessagesProvider } from "@/components/i18n/error-messages";
import { CLIENT_NAMESPACES } from "@/lib/platform/i18n/client-namespaces";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push() {}, replace() {}, refresh() {}, back() {}, prefetch() {} }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
}));

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const messages: Record<string, unknown> = Object.assign(
  {},
  ...fs.readdirSync("lib/platform/i18n/messages/en").map((file) => JSON.parse(fs.readFileSync(path.join("lib/platform/i18n/messages/en", file), "utf8")) as Record<string, unknown>),
);

function pick(namespaces: readonly string[]) {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}

/** The HTML the component renders with only `namespaces` sent, and the messages it missed. */
function render(component: ComponentType<never>, props: object, namespaces: readonly string[]) {
  const missing: string[] = [];
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale: "en",
    timeZone: "UTC",
    messages: pick(namespaces),
    onError: (error) => void missing.push(error.message),
    children: createElement(component, props as never),
  };
  const html = renderToString(createElement(NextIntlClientProvider, provider));
  return { html, missing };
}

const option = { value: "x", label: "X" };
const organisation = { id: "org", name: "Ministry", acronym: "M", countryCode: "MX" };
const choices = {
  namesReporter: true,
  agreements: [{ ...option, institutions: [option], provisions: [option] }],
  organisations: [option],
  countries: [option],
  currencies: [option],
  languages: [option],
};
const action = async () => ({ status: "idle" }) as never;
const kit = { state: { status: "idle" }, errors: {}, errorsFor: () => undefined, value: (_name: string, saved?: string) => saved ?? "", list: () => [] };
const languages = { language: "en", translations: { title: { fr: "Titre" } } };
const programValues = { current: () => "", list: () => [], sent: () => "", translationLanguages: () => ["x"], translation: () => "", errorsFor: () => undefined };

/** Props each client component is rendered with, by "file#export". */
const PROPS: Record<string, object> = {
  "app/error.tsx#default": { error: new Error("boom"), reset() {} },
  "components/programs/transaction-import.tsx#TransactionImport": { programId: "p" },
  "components/programs/stale-notice.tsx#StaleNotice": { stale: { currentVersion: 2, changes: [{ field: "title", then: "a", now: "b" }], changedBy: ["Ana"] }, choices, kept: ["title"] },
  "components/programs/program-form.tsx#ProgramForm": { choices },
  "components/programs/program-form-sections.tsx#ProgramAbout": { form: programValues, choices, isNew: true, institutions: [option], onAgreementChange() {}, onTypeChange() {} },
  "components/programs/program-form-sections.tsx#ProgramProgress": { form: programValues, choices, isNew: false },
  "components/programs/program-form-sections.tsx#ProgramScope": { form: programValues, choices, provisions: [option] },
  "components/programs/program-translation-fields.tsx#ProgramTranslationFields": { form: programValues, choices },
  "components/programs/participant-form-views.tsx#AddParticipantFormView": { programId: "p", organisations: [option], roles: [option], words: {} },
  "components/programs/participant-form-views.tsx#AssignReporterFormView": { programId: "p", version: 1, organisations: [option], words: {} },
  "components/programs/document-form-views.tsx#AttachDocumentFormView": { action, hidden: {}, categories: [option], maxBytes: 1024, words: {} },
  "components/ui/form-words.tsx#FormWordsProvider": { words: { problemTitle: "There is a problem" } },
  "components/admin/create-user-form.tsx#CreateUserForm": { organisations: [organisation] },
  "components/admin/reset-password-form.tsx#ResetPasswordForm": { userId: "u", name: "Ana", invited: true },
  "components/admin/set-password-link.tsx#SetPasswordLink": { url: "https://tracker.test/set-password/x" },
  "components/auth/forgot-password-form.tsx#ForgotPasswordForm": {},
  "components/auth/set-password-form.tsx#SetPasswordForm": { token: "t" },
  "components/admin/user-access-form.tsx#UserAccessForm": { user: { id: "u", disabled: false, version: 1 }, isSelf: false },
  "components/admin/organisation-form.tsx#OrganisationForm": { countries: [{ code: "MX", name: "Mexico" }] },
  "components/admin/edit-user-form.tsx#EditUserForm": {
    user: { id: "u", email: "a@example.test", name: "Ana", role: "ANALYST", organisationId: "org", locale: "en", version: 1 },
    organisations: [organisation],
  },
  "components/auth/sign-in-form.tsx#SignInForm": { callbackUrl: "/", initialError: "CredentialsSignin", sso: { name: "SSO" } },
  "components/institutions/meeting-form.tsx#MeetingForm": { institutionId: "i" },
  "components/institutions/institution-form.tsx#InstitutionForm": { agreements: [option], countries: [option], organisations: [option] },
  "components/agreements/provision-form.tsx#ProvisionForm": { agreementId: "a" },
  "components/agreements/agreement-form.tsx#AgreementForm": { countries: [{ code: "MX", name: "Mexico" }] },
  "components/account/revoke-token-button.tsx#RevokeTokenButton": { id: "t", name: "token" },
  "components/account/create-token-form.tsx#CreateTokenForm": {},
  "components/account/detect-time-zone.tsx#DetectTimeZone": { save: false, renderedIn: "UTC" },
  "components/account/notification-preferences-form.tsx#NotificationPreferencesForm": {
    kinds: ["COMMENT"],
    current: { COMMENT: "EMAIL" },
    labels: { formLabel: "Emails", save: "Save", saving: "Saving", kinds: { COMMENT: { legend: "Comments", suggested: "Suggested" } }, deliveries: { EMAIL: "Email", DIGEST: "Digest", IN_APP: "App" } },
  },
  "components/account/time-zone-form.tsx#TimeZoneForm": { zones: [option], current: "x", labels: { label: "Time zone", hint: "Shown in", save: "Save", saving: "Saving" } },
  "components/exchanges/exchange-form.tsx#ExchangeForm": { choices: [{ ...option, parties: [option], provisions: [option] }], ownCountry: null },
  "components/submissions/submission-form.tsx#SubmissionForm": {
    choices: { agreements: [{ ...option, shortName: "X", parties: [option], contactPoints: [option], provisions: [option] }], organisations: [option] },
  },
  "components/imports/import-preview-form.tsx#ImportPreviewForm": { importId: "i", activities: [], changes: [], action, source: "spreadsheet" },
  "components/spreadsheet-import/spreadsheet-upload-form.tsx#SpreadsheetUploadForm": {},
  "components/imports/import-progress.tsx#ImportProgress": { url: "/api/v1/iati/import/i", status: "READING", initial: { stage: "checking", done: 1, total: 2 }, source: "iati" },
  "components/iati/iati-upload-form.tsx#IatiUploadForm": { agreements: [{ id: "a", shortName: "USMCA" }] },
  "app/global-error.tsx#default": { error: new Error("boom"), reset() {} },
  "components/i18n/error-messages.tsx#ErrorMessagesProvider": { messages: { errorTitle: "Error", errorBody: "Ref {reference}", retry: "Retry", unavailableTitle: "Down", unavailableBody: "No database" }, children: "x" },
  "components/auth/sign-out-button.tsx#SignOutButton": { label: "Sign out" },
  "components/ui/confirm-delete-form.tsx#ConfirmDeleteForm": { action, id: "x", version: 1, labels: { form: "Delete", confirm: "Sure", submit: "Delete", pending: "Deleting" } },
  "components/ui/inline-action-button.tsx#InlineActionButton": { action, fields: {}, label: "Go", accessibleName: "Go", pendingLabel: "Going" },
  "components/flash/flash-seen.tsx#FlashSeen": {},
  "components/programs/publish-form.tsx#PublishForm": { action, id: "x", version: 1, labels: { form: "Publish", submit: "Publish", pending: "Publishing" } },
  "components/ui/versioned-form.tsx#VersionedForm": { action, record: { id: "r", version: 1 }, label: "Record", submitLabel: "Save", pendingLabel: "Saving", children: () => null },
  "components/ui/record-form.tsx#RecordForm": { action, hidden: {}, fields: [{ name: "title", label: "Title", kind: "text" }], label: "Record", submitLabel: "Save" },
  "components/ui/submit-button.tsx#SubmitButton": { children: "Save", pendingLabel: "Saving" },
  "components/ui/form-id.tsx#FormIdScope": { id: "f", children: "x" },
  "components/ui/form-message.tsx#FormMessage": { state: { status: "error", message: "Check the fields.", fieldErrors: { title: ["Enter the title."] } } },
  "components/ui/field.tsx#TextField": { name: "title", label: "Title" },
  "components/ui/field.tsx#TextAreaField": { name: "summary", label: "Summary" },
  "components/ui/field.tsx#FileField": { name: "file", label: "File", accept: ".csv" },
  "components/ui/field.tsx#SelectField": { name: "kind", label: "Kind", options: [option] },
  "components/ui/field.tsx#CheckboxField": { name: "sure", label: "Sure" },
  "components/ui/multi-select-field.tsx#MultiSelectField": { name: "topics", label: "Topics", options: [option], defaultValue: [option.value] },
  "components/i18n/translated-fields.tsx#OriginalLanguageField": { kit, saved: languages },
  "components/i18n/translated-fields.tsx#TranslatedField": { kit, saved: languages, field: { name: "title", label: "Title" } },
  "components/i18n/translated-record-form.tsx#TranslatedRecordForm": {
    action, hidden: {}, fields: [{ name: "title", label: "Title", kind: "text" }], translated: ["title"], saved: languages, label: "Record", submitLabel: "Save",
  },
};

const clientFiles = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")));

async function clientComponents() {
  const found: { key: string; component: ComponentType<never> }[] = [];
  for (const file of clientFiles) {
    const exports = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function" && (name === "default" || /^[A-Z]/.test(name))) found.push({ key: `${file}#${name}`, component: value as ComponentType<never> });
    }
  }
  return found;
}

/** Every client component, with what it misses when rendered with no messages at all (the namespaces it reads). */
async function rendered() {
  return (await clientComponents()).map(({ key, component }) => {
    expect(PROPS, `${key} has props to be rendered with`).toHaveProperty([key]);
    const file = key.split("#")[0]!;
    return { key, file, component, props: PROPS[key]!, reads: render(component, PROPS[key]!, []).missing.length > 0 };
  });
}

describe("the messages client components read", () => {
  it("are all sent to the browser: every client component renders with the namespaces the server sends it and misses none", async () => {
    const components = await rendered();
    expect(components.length).toBeGreaterThan(20);
    expect(components.filter((c) => c.reads).length).toBeGreaterThan(15);
    for (const { key, component, props } of components) {
      const { html, missing } = render(component, props, CLIENT_NAMESPACES);
      expect(missing, key).toEqual([]);
      expect(html, key).not.toMatch(/\b[A-Z][A-Za-z]+\.[a-z][A-Za-z]+\b/);
    }
    // The first import of every client module takes seconds on a busy machine.
  }, 30_000);

  it("render their text from the messages, in English", () => {
    const { html } = render(SignInForm as ComponentType<never>, PROPS["components/auth/sign-in-form.tsx#SignInForm"]!, CLIENT_NAMESPACES);
    const signIn = messages.SignIn as Record<string, string>;
    expect(Object.values(signIn).some((text) => typeof text === "string" && !text.includes("{") && html.includes(text))).toBe(true);
  });

  it("reach every component that reads them: pages outside the signed-in group wrap such a form in <ClientMessages>", async () => {
    const translated = [...new Set((await rendered()).filter((c) => c.reads).map((c) => c.file))];
    // No page outside the signed-in group reads messages itself: the error page, on every page, least of all.
    expect(translated.filter((file) => file.startsWith("app/") && !file.startsWith("app/(app)/"))).toEqual([]);
    // Which page renders which component is in the source: Next.js renders a page only with a database behind it.
    // A server component that renders such a form without wrapping it hands the duty to wrap to
    // whoever renders it in turn, up to the page.
    const servers = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => !/^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")));
    const wraps = (file: string) => fs.readFileSync(file, "utf8").includes("<ClientMessages>");
    const importersOf = (files: string[]) => {
      const modules = files.map((file) => `@/${file.replace(/\.tsx?$/, "")}`);
      const relative = (file: string) => files.filter((other) => path.dirname(other) === path.dirname(file)).map((other) => `./${path.basename(other).replace(/\.tsx?$/, "")}`);
      return servers.filter((file) => {
        const text = fs.readFileSync(file, "utf8");
        return [...modules, ...relative(file)].some((module) => text.includes(`from "${module}"`));
      });
    };
    let importers = importersOf(translated);
    for (let passed = importers.filter((file) => file.startsWith("components/") && !wraps(file)); passed.length > 0; ) {
      const next = importersOf(passed).filter((file) => !importers.includes(file));
      importers = [...importers, ...next];
      passed = next.filter((file) => file.startsWith("components/") && !wraps(file));
    }
    expect(importers.length).toBeGreaterThan(5);
    const unwrapped = importers.filter((file) => file.startsWith("app/") && !file.startsWith("app/(app)/") && !wraps(file));
    expect(unwrapped).toEqual([]);
  });

  it("leave the error page in the reader's language without the library: the layout's words, English without them", () => {
    const errors = messages.Errors as Record<string, string>;
    const props = { error: Object.assign(new Error("boom"), { digest: "ref-42" }), reset() {} };
    const spanish = { errorTitle: "Se produjo un error", errorBody: "Indique la referencia {reference}.", retry: "Intentar de nuevo", unavailableTitle: "No disponible", unavailableBody: "Sin base de datos." };
    const html = renderToString(createElement(ErrorMessagesProvider, { messages: spanish }, createElement(ErrorPage, props)));
    expect(html).toContain("Se produjo un error");
    expect(html).toContain("Indique la referencia ref-42.");
    const english = renderToString(createElement(ErrorPage, props));
    expect(english).toContain(errors.errorTitle);
    expect(english).toContain(errors.errorBody!.replace("{reference}", "ref-42"));
  });

  it("exist in the messages", () => {
    expect(CLIENT_NAMESPACES.filter((namespace) => !(namespace in messages))).toEqual([]);
  });
});
