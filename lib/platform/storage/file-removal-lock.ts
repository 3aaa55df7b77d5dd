/**
 * The PostgreSQL advisory lock (two-key form) that keeps stored files from being removed while a
 * backup copies them. A backup holds it shared from before its snapshot until its last file is
 * copied; removing files takes it exclusively. So a file whose row is in a backup's snapshot is
 * never removed before the backup has copied it, and backups never wait for each other.
 */
export const FILE_REMOVAL_LOCK = [0x4c4354, 1] as const; // "LCT", files
