import type { Actor } from "@/lib/platform/authz";

/** Who makes a change and in which request: what every mutation needs for its checks and its audit. */
export type ActionContext = {
  /** Null only for changes made by the system itself (e.g. a sign-in lockout). */
  actor: Actor | null;
  requestId: string;
};
