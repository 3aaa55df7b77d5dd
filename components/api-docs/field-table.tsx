import { getTranslations } from "@/lib/platform/i18n/server";
import type { FieldRow } from "@/lib/platform/openapi/describe";
import { TableScroll } from "@/components/ui/table-scroll";

/** A table of query parameters or body fields: name, type, whether required, and what it means. */
export async function FieldTable({ caption, rows }: { caption: string; rows: FieldRow[] }) {
  const t = await getTranslations("ApiDocs");
  const required = { yes: t("requiredYes"), no: t("requiredNo"), depends: t("requiredDepends") };
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("required")}</th>
            <th scope="col">{t("description")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td>{row.type}</td>
              <td>{required[row.required]}</td>
              <td>{row.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
