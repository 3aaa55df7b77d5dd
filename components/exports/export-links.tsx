import { getTranslations } from "@/lib/platform/i18n/server";
import type { ExportDatasetName } from "@/lib/domain/exports/columns";
import { EXPORT_FORMATS } from "@/lib/domain/exports/table-stream";

type Props = {
  datasets: readonly ExportDatasetName[];
  /** The list's current filters as a query string (without paging), passed on to every export. */
  query: string;
};

/** Download links for the datasets of the current filters, one CSV and one XLSX link each. */
export async function ExportLinks({ datasets, query }: Props) {
  const t = await getTranslations("Exports");
  const href = (dataset: ExportDatasetName, format: string) => {
    const params = new URLSearchParams(query);
    params.delete("cursor");
    params.delete("limit");
    params.set("format", format);
    return `/api/v1/exports/${dataset}?${params.toString()}`;
  };
  return (
    <section aria-labelledby="export-links-heading">
      <h2 id="export-links-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <ul>
        {datasets.map((dataset) => (
          <li key={dataset}>
            {t(`datasets.${dataset}`)}:{" "}
            {EXPORT_FORMATS.map((format, index) => (
              <span key={format}>
                {index > 0 && " · "}
                <a href={href(dataset, format)} download>
                  {t(format)}
                  <span className="visually-hidden"> {t("of", { dataset: t(`datasets.${dataset}`) })}</span>
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
