import type { ReactNode } from "react";

/**
 * A wide table's own scrolling box: on a narrow screen the table scrolls sideways inside it, not the
 * page. A box that scrolls must be reachable by keyboard and named, so it is a focusable group (not a landmark: it would repeat its section's),
 * called by the table's caption (`label`) or by the heading above it (`labelledBy`, its id).
 */
export function TableScroll({ label, labelledBy, children }: { children: ReactNode } & ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never })) {
  return (
    <div className="table-scroll" role="group" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
