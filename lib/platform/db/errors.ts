/** A database problem explained in words a person can act on; the launcher prints only the message. */
export class DatabaseSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseSetupError";
  }
}

/** The URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** Turns a pg/Node connection error into a sentence naming the server and what to check. */
export function explainConnectionError(error: unknown, url: string): DatabaseSetupError {
  const code = (error as { code?: string })?.code;
  const where = redactUrl(url);
  const reasons: Record<string, string> = {
    ECONNREFUSED: "nothing is listening there. Is PostgreSQL running, and are the host and port right?",
    ENOTFOUND: "the host name does not resolve.",
    ETIMEDOUT: "the connection timed out.",
    EAI_AGAIN: "the host name could not be resolved right now.",
    "28P01": "the password was refused.",
    "28000": "the server refused this user.",
    "3D000": "the database does not exist. Create it first (CREATE DATABASE …).",
  };
  const reason =
    (code && reasons[code]) ??
    (error instanceof Error && /timeout/i.test(error.message)
      ? "the connection timed out."
      : `${error instanceof Error ? error.message : String(error)}.`);
  return new DatabaseSetupError(`Cannot connect to the database at ${where}: ${reason}`, { cause: error });
}
