import { ZProgramFilter } from "@/lib/validation/programs";
import type { ApiEndpoint } from "../types";
import { READ_LIST, READ_ONE } from "./helpers";

const MAPPING = "The mapping between programs and IATI elements is in docs/iati.md.";

export const iatiEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/iati/activities.xml", tag: "IATI", access: "optional", who: "anyone; the programs are those the caller may read",
    summary: "Programs as IATI activities",
    description: `The programs \`GET /api/v1/programs\` lists for the same filters, as one IATI 2.03 activities file, valid against the standard's schema and streamed. No matching program is 404 (an IATI file holds at least one activity). ${MAPPING}`,
    query: ZProgramFilter,
    success: { kind: "file", description: "The IATI activities file.", contentTypes: ["application/xml"] },
    errors: [...READ_LIST, 404],
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/iati.xml", tag: "IATI", access: "optional", who: "anyone who may read the program",
    summary: "One program as an IATI activity", description: `The program as an IATI 2.03 activities file with one activity. ${MAPPING}`,
    success: { kind: "file", description: "The IATI activities file.", contentTypes: ["application/xml"] },
    errors: READ_ONE,
  },
];
