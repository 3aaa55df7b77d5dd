import type { ProblemMessages } from "./problem-catalogue";

/**
 * What the server has to say before it knows who will read it: an error, a field's validation
 * message, a form's "saved". Domain code names the message by its key in the problem catalogue
 * (messages/<locale>/problems*.json) with its values; the API and the forms render it in the
 * reader's language (render-problem.ts). zod and Error only carry strings, so the reference
 * travels as one: a marker, then the key and values as JSON.
 */
export type ProblemKey = {
  [Namespace in keyof ProblemMessages & string]: `${Namespace}.${keyof ProblemMessages[Namespace] & string}`;
}[keyof ProblemMessages & string];

/** A value of a message: text and numbers as they are, or another message (a field's name) rendered in the same language. */
export type ProblemValue = string | number | { $key: ProblemKey };

export type ProblemValues = Record<string, ProblemValue>;

export type ProblemRef = { key: ProblemKey; values: ProblemValues };

// Messages are written by the code, never taken from input, and none begins with the Unit
// Separator; a plain string passes through rendering as it is.
const MARKER = "\u001f";

/** A message in the reader's language, as a string zod or AppError can carry. */
export function problem(key: ProblemKey, values: ProblemValues = {}): string {
  return MARKER + JSON.stringify([key, values]);
}

/** Another message as a value: `problem("Validation.enterField", { field: named("ProgramFields.title") })`. */
export function named(key: ProblemKey): { $key: ProblemKey } {
  return { $key: key };
}

/** The reference a string carries, or null when it is plain text. */
export function readProblem(text: string): ProblemRef | null {
  if (!text.startsWith(MARKER)) return null;
  try {
    const [key, values] = JSON.parse(text.slice(MARKER.length)) as [ProblemKey, ProblemValues];
    return typeof key === "string" && values && typeof values === "object" ? { key, values } : null;
  } catch {
    return null;
  }
}
