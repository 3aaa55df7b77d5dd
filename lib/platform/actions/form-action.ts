import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { currentRequestId } from "@/lib/platform/auth/request-context";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { knownError } from "@/lib/platform/errors/to-app-error";
import { logger } from "@/lib/platform/log";
import type { FormState } from "./form-state";

export { IDLE, type FormState } from "./form-state";

type Outcome = { message: string; result?: Record<string, string> } | void;

/**
 * Builds a server action for `useActionState`: loads the signed-in user, runs `handler` with the
 * acting user and the request id, and turns every failure into a FormState. Validation and
 * permission errors come back with their message; anything unexpected is logged with the request id
 * and shown as a generic message. Redirects thrown by `handler` pass through.
 */
export function formAction(handler: (ctx: ActionContext & { actor: NonNullable<ActionContext["actor"]> }, form: FormData) => Promise<Outcome>) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const requestId = await currentRequestId();
    const values = keptValues(form);
    try {
      const actor = await getCurrentUser();
      if (!actor) return { status: "error", message: "Your session has ended. Sign in again.", values };
      const outcome = await handler({ actor, requestId }, form);
      return { status: "success", message: outcome?.message, result: outcome?.result };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof z.ZodError) {
        return { status: "error", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error), values };
      }
      const known = knownError(error);
      if (known) return { status: "error", message: known.message, fieldErrors: known.fieldErrors, stale: known.stale, values };
      logger.error({ err: error, requestId }, "unhandled error in a form action");
      return { status: "error", message: `Something went wrong on our side (request ${requestId}). Nothing was saved.`, values };
    }
  };
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
