import "server-only";
import { XMLBuilder } from "fast-xml-parser";
import { logger } from "@/lib/platform/log";
import { IATI_VERSION, TRACKER_NS, TRACKER_PREFIX } from "../codes";
import { activity } from "./activity";
import type { ExportedProgram } from "./types";

// Every attribute keeps its value: the builder would otherwise write one whose value is "true" bare.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", textNodeName: "#text", format: false, suppressEmptyNode: true, suppressBooleanAttributes: false, processEntities: true });

/**
 * The IATI activities file of the programs in `batches`, as a web stream written as the client
 * reads it: one batch of programs is read and written at a time, so memory stays flat however many
 * programs there are. Uploaded documents are linked at `documentUrl`.
 */
export function iatiActivitiesStream(batches: AsyncIterable<ExportedProgram[]>, documentUrl: (documentId: string) => string, generatedAt = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<ExportedProgram[]> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="${IATI_VERSION}" generated-datetime="${generatedAt.toISOString()}" xmlns:${TRACKER_PREFIX}="${TRACKER_NS}">\n`),
      );
    },
    async pull(controller) {
      iterator ??= batches[Symbol.asyncIterator]();
      try {
        const next = await iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode("</iati-activities>\n"));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map((program) => `${builder.build({ "iati-activity": activity(program, documentUrl) })}\n`).join("")));
      } catch (error) {
        logger.error({ err: error }, "IATI export failed while streaming");
        throw error;
      }
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}
