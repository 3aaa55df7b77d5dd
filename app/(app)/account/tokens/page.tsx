import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { RevokeTokenButton } from "@/components/account/revoke-token-button";
import { listApiTokens } from "@/lib/platform/api-tokens/list-api-tokens";
import { requireUser } from "@/lib/platform/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ApiTokens"))("title") };
}

export default async function ApiTokensPage() {
  const user = await requireUser("/account/tokens");
  const [tokens, t, format] = await Promise.all([listApiTokens(user), getTranslations("ApiTokens"), getFormatter()]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium", timeStyle: "short" }) : "—");

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro", { role: user.role })}</p>
      <p>
        {t.rich("usage", { code: (chunks) => <code>{chunks}</code> })}
      </p>

      <h2>{t("yourTokens")}</h2>
      {tokens.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("prefix")}</th>
              <th scope="col">{t("created")}</th>
              <th scope="col">{t("expires")}</th>
              <th scope="col">{t("lastUsed")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{date(token.createdAt)}</td>
                <td>{token.expiresAt ? date(token.expiresAt) : t("never")}</td>
                <td>{date(token.lastUsedAt)}</td>
                <td>{t(token.status)}</td>
                <td>{token.status !== "revoked" && <RevokeTokenButton id={token.id} name={token.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <CreateTokenForm />
    </>
  );
}
