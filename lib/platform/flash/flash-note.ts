import { z } from "zod";

/** The cookie that carries a confirmation to the page a form redirects to; read once, then cleared. */
export const FLASH_COOKIE = "flash";

/** What can be confirmed: each is a message of the "Flash" namespace (messages/<locale>/publishing.json). */
export const FLASH_KEYS = [
  "programCreated",
  "draftCreated",
  "programSaved",
  "programPublished",
  "programUnpublished",
  "draftDeleted",
  "agreementCreated",
  "agreementSaved",
  "provisionSaved",
  "institutionCreated",
  "institutionSaved",
  "meetingSaved",
  "exchangeCreated",
  "exchangeSaved",
  "exchangeDeleted",
  "submissionCreated",
  "submissionSaved",
  "submissionFiled",
  "submissionAcknowledged",
  "submissionAccepted",
  "submissionDeclined",
  "submissionUnderReview",
  "submissionReported",
  "submissionClosed",
  "planCreated",
  "planSaved",
  "eventCreated",
  "eventDeleted",
] as const;

export type FlashKey = (typeof FLASH_KEYS)[number];

/** A confirmation: its message and the record's name it may quote. */
export const ZFlashNote = z.object({ key: z.enum(FLASH_KEYS), title: z.string().max(300).optional() });

export type FlashNote = z.infer<typeof ZFlashNote>;

/** The note a cookie holds, or null when it holds none the app wrote (tampered, stale, malformed). */
export function readFlashNote(value: string | undefined): FlashNote | null {
  if (!value) return null;
  try {
    return ZFlashNote.safeParse(JSON.parse(value)).data ?? null;
  } catch {
    return null;
  }
}
