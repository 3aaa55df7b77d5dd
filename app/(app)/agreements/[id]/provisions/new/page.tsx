import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ProvisionForm } from "@/components/agreements/provision-form";
import { getAgreement } from "@/lib/domain/agreements/get-agreement";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ProvisionForm"))("newTitle") };
}

export default async function NewProvisionPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/agreements/${encodeURIComponent(id)}/provisions/new`);
  if (!can(actor, "provision.manage")) notFound();
  const [agreement, t] = await Promise.all([getAgreement(actor, id), getTranslations("Agreements")]);
  if (!agreement || !can(actor, "provision.manage", { countries: agreement.parties.map((party) => party.code) })) notFound();
  return (
    <>
      <p>
        <Link href={`/agreements/${agreement.id}`}>← {t("backTo", { name: agreement.shortName })}</Link>
      </p>
      <h1>{t("newProvisionTitle", { name: agreement.shortName })}</h1>
      <ProvisionForm agreementId={agreement.id} />
    </>
  );
}
