import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { currentRequestId } from "@/lib/platform/auth/request-context";
import { getCurrentUser } from "@/lib/platform/auth/session";
import type { FieldErrors, StaleChanges } from "@/lib/platform/errors/app-error";
import { knownError } from "@/lib/platform/errors/to-app-error";
import { problem, type ProblemKey } from "@/lib/platform/i18n/problem";
import { renderFieldErrors, renderProblem } from "@/lib/platform/i18n/render-problem";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { logger } from "@/lib/platform/log";

/** What a server action's handler receives: the signed-in user and the request id, for its checks and its audit. */
export type SignedInContext = ActionContext & { actor: NonNullable<ActionContext["actor"]> };

/** Why an action did not complete, in words (in their language) for the person who sent the form, before the form's state is shaped from it. */
export type ActionFailure = { message: string; fieldErrors?: FieldErrors; stale?: StaleChanges };

type Options<State> = {
  /** Shapes a failure into the state the form shows (the form is there to keep what was typed). */
  failed: (failure: ActionFailure, form: FormData) => State;
  /** What the message of an unexpected error says was not done: nothing saved, or nothing changed. */
  nothingDone?: Extract<ProblemKey, "Problem.unexpectedNothingSaved" | "Problem.unexpectedNothingChanged" | "Problem.unexpectedNothingImported">;
  /** What the log calls the action when it fails unexpectedly. */
  logName?: string;
};

/**
 * Builds a server action for `useActionState`, whatever its state's shape: loads the signed-in user
 * and the request id, runs `handler` and turns every failure into the form's state through
 * `failed`. A signed-out user and a validation or permission error come back with their message;
 * anything unexpected is logged with the request id and shown as a generic message. Redirects
 * thrown by `handler` pass through.
 */
export function serverAction<State>(handler: (ctx: SignedInContext, form: FormData) => Promise<State>, options: Options<State>) {
  return guardedAction<State>(async (ctx, form) => {
    const actor = await getCurrentUser();
    if (!actor) return options.failed({ message: renderProblem(problem("Problem.sessionEnded"), await requestLocale()) }, form);
    return handler({ ...ctx, actor }, form);
  }, options);
}

/**
 * The same for a form that people use without being signed in (forgot password, set password):
 * the handler gets the request id and no actor.
 */
export function anonymousAction<State>(handler: (ctx: ActionContext & { actor: null }, form: FormData) => Promise<State>, options: Options<State>) {
  return guardedAction<State>((ctx, form) => handler({ ...ctx, actor: null }, form), options);
}

function guardedAction<State>(run: (ctx: { requestId: string }, form: FormData) => Promise<State>, options: Options<State>) {
  const { failed, nothingDone = "Problem.unexpectedNothingSaved", logName = "a form action" } = options;
  return async (_previous: State, form: FormData): Promise<State> => {
    const requestId = await currentRequestId();
    try {
      return await run({ requestId }, form);
    } catch (error) {
      unstable_rethrow(error);
      const locale = await requestLocale();
      if (error instanceof z.ZodError) {
        return failed({ message: renderProblem(problem("Problem.fieldsNeedAttention"), locale), fieldErrors: renderFieldErrors(fieldErrorsOf(error), locale) }, form);
      }
      const known = knownError(error);
      if (known) return failed({ ...known.in(locale), stale: known.stale }, form);
      logger.error({ err: error, requestId }, `unhandled error in ${logName}`);
      return failed({ message: renderProblem(problem(nothingDone, { requestId }), locale) }, form);
    }
  };
}
