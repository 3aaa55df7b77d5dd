"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportProgress as Progress } from "@/lib/domain/imports/import-work";

/** How often the page asks how far the import has got. */
const POLL_MS = 1000;

type Props = {
  /** The API address of the import, which answers its status and progress. */
  url: string;
  status: string;
  initial: Progress;
  source: "iati" | "spreadsheet";
};

/**
 * The progress of an import being checked or written in the background: a bar that moves as the
 * server stores its progress, asked for every second; once the import moves on (previewed, failed,
 * confirmed), the page is shown again with what it became.
 */
export function ImportProgress({ url, status, initial, source }: Props) {
  const t = useTranslations("ImportProgress");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
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
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [url, status, router]);

  const counted = progress.stage !== undefined && progress.total !== undefined && progress.done !== undefined;
  const label = counted ? t(progress.stage!, { source, done: progress.done!, total: progress.total! }) : t("started");
  return (
    <div className="card" role="status" aria-live="polite">
      <p id="import-progress-label">{label}</p>
      {/* Without a count yet, the bar shows work going on without a measure. */}
      <progress aria-labelledby="import-progress-label" max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} />
      <p className="muted">{t("hint")}</p>
    </div>
  );
}
