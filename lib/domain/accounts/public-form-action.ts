import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import type { FormState } from "@/lib/platform/actions/form-state";
import { currentRequestId } from "@/lib/platform/auth/request-context";
import { knownError } from "@/lib/platform/errors/to-app-error";
import { logger } from "@/lib/platform/log";

type Outcome = { message?: string; result?: Record<string, string> };

/**
 * A form action for people who are not signed in (forgot password, set password): like formAction,
 * every failure becomes the form's state, with each problem by its field and nothing typed in a
 * password field sent back; an unexpected one is logged with the request id only.
 */
export function publicFormAction(handler: (form: FormData, requestId: string) => Promise<Outcome>) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const requestId = await currentRequestId();
    try {
      const outcome = await handler(form, requestId);
      return { status: "success", ...outcome };
    } catch (error) {
      unstable_rethrow(error);
      const values = keptValues(form);
      if (error instanceof z.ZodError) return { status: "error", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error), values };
      const known = knownError(error);
      if (known) return { status: "error", message: known.message, fieldErrors: known.fieldErrors, values };
      logger.error({ err: error, requestId }, "unhandled error in a public form action");
      return { status: "error", message: `Something went wrong on our side (request ${requestId}). Nothing was changed.`, values };
    }
  };
}

/** The email typed, to show again; never a password or the link's token. */
function keptValues(form: FormData): Record<string, string> {
  const email = form.get("email");
  return typeof email === "string" ? { email } : {};
}
