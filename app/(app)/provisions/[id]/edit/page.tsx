import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ProvisionForm } from "@/components/agreements/provision-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { getProvision } from "@/lib/domain/agreements/provisions/get-provision";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ProvisionForm"))("editTitle") };
}

export default async function EditProvisionPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/provisions/${encodeURIComponent(id)}/edit`);
  if (!can(actor, "provision.manage")) notFound();
  const [provision, t] = await Promise.all([getProvision(actor, id), getTranslations("Agreements")]);
  // Nothing also when the actor is a ministry of a country that is not a party to the agreement.
  if (!provision) notFound();
  const { agreement, ...editable } = provision;
  return (
    <>
      <p>
        <Link href={`/agreements/${agreement.id}`}>← {t("backTo", { name: agreement.shortName })}</Link>
      </p>
      <h1>{t("editProvisionTitle", { article: provision.article, name: agreement.shortName })}</h1>
      <p className="muted">{agreement.title}</p>
      <ProvisionForm agreementId={agreement.id} provision={editable} />
    </>
  );
}
