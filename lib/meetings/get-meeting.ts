import "server-only";
import { db } from "@/lib/db";

/** One meeting with its decisions and its institution's agreement parties, or null. */
export async function getMeeting(id: string) {
  return db().meeting.findUnique({
    where: { id },
    select: {
      id: true,
      date: true,
      place: true,
      summary: true,
      isPublic: true,
      version: true,
      decisions: { select: { text: true }, orderBy: { position: "asc" } },
      institution: { select: { id: true, name: true, agreement: { select: { parties: { select: { countryCode: true } } } } } },
    },
  });
}
