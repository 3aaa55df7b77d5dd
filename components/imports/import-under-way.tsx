import type { ReactNode } from "react";
import type { ImportProgress as Progress } from "@/lib/domain/imports/import-work";
import { ImportProgress } from "./import-progress";

type Props = {
  /** The link back to the upload, shown above. */
  back: ReactNode;
  title: string;
  status: "READING" | "CONFIRMING" | "FAILED";
  /** The API address of the import, which answers its status and progress. */
  url: string;
  progress: Progress;
  failure: string | null;
  source: "iati" | "spreadsheet";
};

/** An import's page while its file is checked or written (its progress), or once checking it failed (why). */
export function ImportUnderWay({ back, title, status, url, progress, failure, source }: Props) {
  return (
    <>
      {back}
      <h1 id="preview-title">{title}</h1>
      {status === "FAILED" ? (
        <p role="alert" className="field-error">
          {failure}
        </p>
      ) : (
        <ImportProgress url={url} status={status} initial={progress} source={source} />
      )}
    </>
  );
}
