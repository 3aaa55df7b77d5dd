import "server-only";

// A user's notification centre is personal state: every function reads or changes only the acting
// user's own rows (userId in the where), and none writes an audit event.

export const NOTIFICATION_SELECT = { id: true, kind: true, messageKey: true, messageValues: true, link: true, readAt: true, createdAt: true } as const;
