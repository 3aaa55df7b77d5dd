import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { SocialDialogueBalance } from "@/lib/domain/participation/events/social-dialogue-select";
import { formatPercent } from "@/lib/platform/format/numbers";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * Who attended: one bar split by each constituency's share of the people at the events, a legend,
 * and the same figures as a table with the share of women, for screen readers and for reading.
 */
export async function BalanceChart({ balance, headingId, title }: { balance: SocialDialogueBalance; headingId: string; title: string }) {
  const [t, tConstituency, locale] = await Promise.all([getTranslations("Participation"), getTranslations("Constituency"), getLocale()]);
  const percent = (value: number | null) => (value === null ? "—" : formatPercent(value, 100, locale));
  return (
    <section aria-labelledby={headingId} className="card balance">
      <h2 id={headingId}>{title}</h2>
      {balance.people === 0 ? (
        <p>{t("noAttendance")}</p>
      ) : (
        <>
          <p>{t("balanceSummary", { people: balance.people, events: balance.events, women: percent(balance.womenShare) })}</p>
          <div className="balance-bar" aria-hidden="true">
            {balance.constituencies
              .filter((row) => row.people > 0)
              .map((row) => (
                <div
                  key={row.constituency}
                  className={`balance-segment constituency-${row.constituency}`}
                  style={{ width: `${row.share ?? 0}%` }}
                  title={`${tConstituency(row.constituency)}: ${percent(row.share)}`}
                />
              ))}
          </div>
          <ul className="balance-legend" aria-hidden="true">
            {balance.constituencies.map((row) => (
              <li key={row.constituency}>
                <span className={`balance-swatch constituency-${row.constituency}`} />
                {tConstituency(row.constituency)} {percent(row.share)}
              </li>
            ))}
          </ul>
          <TableScroll labelledBy={headingId}>
            <table className="table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t("constituency")}</th>
                  <th scope="col">{t("people")}</th>
                  <th scope="col">{t("share")}</th>
                  <th scope="col">{t("women")}</th>
                  <th scope="col">{t("men")}</th>
                  <th scope="col">{t("womenShare")}</th>
                </tr>
              </thead>
              <tbody>
                {balance.constituencies.map((row) => (
                  <tr key={row.constituency}>
                    <th scope="row">{tConstituency(row.constituency)}</th>
                    <td>{row.people}</td>
                    <td>{percent(row.share)}</td>
                    <td>{row.women}</td>
                    <td>{row.men}</td>
                    <td>{percent(row.womenShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
