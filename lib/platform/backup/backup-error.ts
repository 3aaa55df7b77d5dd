/** A backup or restore that cannot go on, with a message for the operator who ran it. */
export class BackupError extends Error {
  name = "BackupError";
}
