import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { cache } from "react";
import { AgreementFunding } from "@/components/agreements/agreement-funding";
import { AgreementHeader } from "@/components/agreements/agreement-header";
import { AgreementInstitutions } from "@/components/agreements/agreement-institutions";
import { AgreementExchanges, AgreementPlans, AgreementPrograms } from "@/components/agreements/agreement-lists";
import { AgreementProvisions } from "@/components/agreements/agreement-provisions";
import { BalanceChart } from "@/components/participation/balance-chart";
import { getAgreement } from "@/lib/domain/agreements/get-agreement";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { getSocialDialogueBalance } from "@/lib/domain/participation/events/get-social-dialogue-balance";
import { FlashMessage } from "@/components/flash/flash-message";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadAgreement = cache(async (id: string) => getAgreement(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agreement = await loadAgreement((await params).id);
  return { title: agreement?.shortName };
}

export default async function AgreementPage({ params }: Props) {
  const agreement = await loadAgreement((await params).id);
  if (!agreement) notFound();
  const [viewer, t] = await Promise.all([getCurrentUser(), getTranslations("Agreement")]);
  const balance = await getSocialDialogueBalance(viewer, { agreementId: agreement.id });

  return (
    <>
      <FlashMessage />
      <AgreementHeader viewer={viewer} agreement={agreement} />
      <AgreementProvisions viewer={viewer} agreement={agreement} />
      <AgreementInstitutions agreement={agreement} />
      <AgreementPrograms agreement={agreement} />
      <AgreementFunding agreement={agreement} />
      <BalanceChart balance={balance} headingId="balance-title" title={t("balanceTitle")} />
      <AgreementPlans agreement={agreement} />
      <AgreementExchanges viewer={viewer} agreement={agreement} />
    </>
  );
}
