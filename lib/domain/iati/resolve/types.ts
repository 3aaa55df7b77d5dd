import type { ParticipantRole, ProgramStatus } from "@/lib/platform/db/generated/enums";
import type { TCreateProgram } from "@/lib/domain/programs/schemas";
import type { FileOrganisation, Problem, ReadActivity, ReadTransaction } from "../read/types";

/** An organisation of the file: one of ours (`id`), or one to create on confirmation (`create`). */
export type ResolvedOrganisation = { id: string; create?: undefined } | { id?: undefined; create: FileOrganisation; key: string };

/** What confirming an activity will do, in the database's terms. */
export type ResolvedActivity = {
  read: ReadActivity;
  action: "new" | "update" | "skip";
  problems: Problem[];
  /** The program to update, with the version the preview saw. */
  existing?: { id: string; version: number; status: ProgramStatus; transactions: number; budgets: number; indicators: number; documentUrls: string[] };
  program?: TCreateProgram;
  funder?: ResolvedOrganisation;
  /** A new program's reporting organisation; an update keeps the program's own. */
  reporter?: ResolvedOrganisation;
  participants: { role: ParticipantRole; organisation: ResolvedOrganisation }[];
  /** The file's budgets and transactions the tracker can store (their currencies known to it). */
  budgets: ReadActivity["budgets"];
  transactions: (Omit<ReadTransaction, "provider" | "receiver"> & { provider?: ResolvedOrganisation; receiver?: ResolvedOrganisation })[];
};

/** What the preview shows of an activity. */
export type ActivityPreview = {
  identifier: string;
  title: string;
  line: number;
  action: "new" | "update" | "skip";
  programId?: string;
  version?: number;
  problems: Problem[];
  counts: { participants: number; budgets: number; transactions: number; indicators: number; periods: number; documents: number; countries: number; topics: number };
  /** For an update: what the program has now, which the file's records replace. */
  replaces?: { budgets: number; transactions: number; indicators: number };
  /** Organisations the confirmation will create for this activity. */
  newOrganisations: string[];
  /** Documents of the file the program already has (by address), which are not added again. */
  documentsKnown: number;
};
