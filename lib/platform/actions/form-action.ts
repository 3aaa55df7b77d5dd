import "server-only";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { FormState } from "./form-state";
import { anonymousAction, serverAction, type SignedInContext } from "./server-action";

export { IDLE, type FormState } from "./form-state";

type Outcome = { message: string; result?: Record<string, string> } | void;

/**
 * A server action with the usual form state (see serverAction): the handler's outcome is the
 * success message (`problem(…)`, rendered in the reader's language) and result; a failure keeps what the user typed, with each problem by its field.
 */
export function formAction(handler: (ctx: SignedInContext, form: FormData) => Promise<Outcome>) {
  return serverAction<FormState>(
    async (ctx, form) => {
      const outcome = await handler(ctx, form);
      return { status: "success", message: await saidToReader(outcome?.message), result: outcome?.result };
    },
    { failed: ({ message, fieldErrors, stale }, form) => ({ status: "error", message, fieldErrors, stale, values: keptValues(form) }) },
  );
}

/**
 * formAction for a form used without being signed in (forgot password, set password): the handler
 * gets the request id; a failure keeps what was typed, never a password or a token.
 */
export function publicFormAction(handler: (form: FormData, requestId: string) => Promise<Outcome>) {
  return anonymousAction<FormState>(
    async ({ requestId }, form) => {
      const outcome = await handler(form, requestId);
      return { status: "success", message: await saidToReader(outcome?.message), result: outcome?.result };
    },
    { failed: ({ message, fieldErrors }, form) => ({ status: "error", message, fieldErrors, values: keptValues(form) }), nothingDone: "Problem.unexpectedNothingChanged", logName: "a public form action" },
  );
}

/** A success message (a problem reference, like the failures) in the reader's language. */
async function saidToReader(message: string | undefined): Promise<string | undefined> {
  return message === undefined ? undefined : renderProblem(message, await requestLocale());
}

/** What the user typed, to show again after a refusal; a field sent several times keeps its values joined by commas. */
function keptValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of new Set(form.keys())) {
    if (/password|token|^\$ACTION/i.test(name)) continue;
    const sent = form.getAll(name).filter((value): value is string => typeof value === "string");
    if (sent.length) values[name] = sent.join(",");
  }
  return values;
}

/**
 * A FormData as a plain object for a zod schema: empty fields become undefined, and the fields
 * named in `arrays` (a multiple select, a group of checkboxes) become the list of their values.
 */
export function formObject(form: FormData, { arrays = [] }: { arrays?: readonly string[] } = {}): Record<string, string | string[] | undefined> {
  const data: Record<string, string | string[] | undefined> = {};
  for (const name of arrays) data[name] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (arrays.includes(name)) (data[name] as string[]).push(...(value === "" ? [] : [value]));
    else data[name] = value === "" ? undefined : value;
  }
  return data;
}
