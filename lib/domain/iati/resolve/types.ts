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
  /** For an update: what it changes. */
  changes?: ActivityChanges;
  program?: TCreateProgram;
  funder?: ResolvedOrganisation;
  /** A new program's reporting organisation; an update keeps the program's own. */
  reporter?: ResolvedOrganisation;
  /** Each with the name the file gives its organisation. */
  participants: { role: ParticipantRole; organisation: ResolvedOrganisation; name: string }[];
  /** The file's budgets and transactions the tracker can store (their currencies known to it). */
  budgets: ReadActivity["budgets"];
  transactions: (Omit<ReadTransaction, "provider" | "receiver"> & { provider?: ResolvedOrganisation; receiver?: ResolvedOrganisation })[];
};

/** A field's value as the preview compares it: a text, a code, a day, a decimal, or a list of them. */
export type FieldValue = string | string[] | null;

/** A record as the preview shows it, by its fields' values (said in the reader's words when shown). */
export type RecordValues = Record<string, string | number | boolean | null>;

export type RecordKind = "participants" | "budgets" | "transactions" | "indicators" | "periods" | "documents" | "languages";

/** The records of one kind an update adds, removes and changes (each list at most 25 long; `unlisted` counts the rest), and how many it keeps as they are. */
export type RecordChanges = { added: RecordValues[]; removed: RecordValues[]; changed: { from: RecordValues; to: RecordValues }[]; unchanged: number; unlisted: number };

/** What an update changes: each program field that differs, from → to; how many stay; and its records, kind by kind. */
export type ActivityChanges = {
  fields: { field: string; from: FieldValue; to: FieldValue }[];
  unchangedFields: number;
  records: Partial<Record<RecordKind, RecordChanges>>;
  /** The program's currency once updated, in which its funding amount is said. */
  currencyCode: string;
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
  /** For an update: what it changes, field by field and record by record. */
  changes?: ActivityChanges;
  /** For an update: true when it would change nothing. */
  unchanged?: boolean;
  /** For an update: what the program has now, which the file's records replace. */
  replaces?: { budgets: number; transactions: number; indicators: number };
  /** Organisations the confirmation will create for this activity. */
  newOrganisations: string[];
  /** Documents of the file the program already has (by address), which are not added again. */
  documentsKnown: number;
};
