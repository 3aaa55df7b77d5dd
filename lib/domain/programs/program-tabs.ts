import "server-only";

/** How many rows a tab shows before saying how many there are in all. */
export const TAB_ROWS = 100;
