"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportProgress as Progress } from "@/lib/domain/spreadsheet-import/import/view";

/** How often the page asks how far the import has got. */
const POLL_MS = 1000;

/**
 * The progress of an import being read or written: a bar that moves as the server stores its
 * progress, asked for every second; once the import moves on (previewed, failed, confirmed), the
 * page is shown again with what it became.
 */
export function ImportProgress({ importId, status, initial }: { importId: string; status: string; initial: Progress }) {
  const t = useTranslations("SpreadsheetImportForm");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/v1/imports/spreadsheet/${encodeURIComponent(importId)}`, { headers: { accept: "application/json" }, cache: "no-store" });
        if (response.ok) {
          const { data } = (await response.json()) as { data: { status: string; progress: Progress } };
          if (stopped) return;
          if (data.status !== status) {
            router.refresh();
            return;
          }
          setProgress(data.progress);
        }
      } catch {
        // A lost connection is asked again at the next turn.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    let timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [importId, status, router]);

  const stage = progress.stage ?? "reading";
  const counted = progress.total !== undefined && progress.done !== undefined;
  const label = stage === "reading" || !counted ? t("stage.reading") : t(`stage.${stage}`, { done: progress.done!, total: progress.total! });
  return (
    <div className="card" role="status" aria-live="polite">
      <p id="import-progress-label">{label}</p>
      {/* Without a count yet, the bar shows work going on without a measure. */}
      <progress aria-labelledby="import-progress-label" max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} />
      <p className="muted">{t("progressHint")}</p>
    </div>
  );
}
