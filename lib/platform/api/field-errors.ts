import { z } from "zod";
import type { FieldErrors } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/** A zod error as field name → messages; problems with the whole input go under "_". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(saidToReader(issue));
  }
  return fields;
}

const english = z.locales.en().localeError;

/**
 * The issue's message, or, when a schema left zod to word it (zod writes only English), the same
 * refusal as a message of the catalogue: every language says it.
 */
function saidToReader(issue: z.core.$ZodIssue): string {
  if (!isZodDefault(issue)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.message.endsWith("received undefined") ? problem("ValueProblem.required") : problem("ValueProblem.invalidType", { expected: issue.expected });
    case "too_small":
      return bound(issue.origin, "Small", Number(issue.minimum));
    case "too_big":
      return bound(issue.origin, "Big", Number(issue.maximum));
    case "invalid_value":
      return problem("ValueProblem.notOffered");
    case "invalid_format":
      return problem("ValueProblem.format");
    case "unrecognized_keys":
      return problem("ValueProblem.unknownFields", { fields: issue.keys.join(", ") });
    default:
      return problem("ValueProblem.invalid");
  }
}

function bound(origin: string, side: "Small" | "Big", limit: number): string {
  const kind = origin === "string" ? "text" : origin === "array" || origin === "set" ? "list" : origin === "number" || origin === "int" ? "number" : null;
  return kind ? problem(`ValueProblem.${kind}Too${side}`, { limit }) : problem("ValueProblem.invalid");
}

function isZodDefault(issue: z.core.$ZodIssue): boolean {
  // zod reports a wrong type with the input's own type, which the issue no longer holds.
  if (issue.code === "invalid_type") return issue.message.startsWith(`Invalid input: expected ${issue.expected}, received `);
  const said = english(issue as Parameters<typeof english>[0]);
  return (typeof said === "string" ? said : said?.message) === issue.message;
}
