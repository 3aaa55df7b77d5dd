// Five real agreements with labour chapters and their main labour provisions. Provision texts are
// short paraphrases, not treaty text.
import type { AgreementKind, AgreementStatus, LabourTopic, ProvisionCategory } from "@/lib/platform/db/generated/enums";
import { createAgreements, createProvisions } from "@/prisma/seed/factories";
import { day, type SeedContext } from "./context";
import { demoTranslations } from "./translations";

type AgreementDef = {
  shortName: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedOn: string;
  inForceOn: string;
  terminatedOn?: string;
  parties: string[];
  summary: string;
  website: string;
};

export const agreements: AgreementDef[] = [
  {
    shortName: "USMCA",
    title: "Agreement between the United States of America, the United Mexican States, and Canada",
    kind: "REGIONAL",
    status: "IN_FORCE",
    signedOn: "2018-11-30",
    inForceOn: "2020-07-01",
    parties: ["MX", "US", "CA"],
    summary:
      "Replaced NAFTA. Chapter 23 brings labour obligations into the core agreement, subject to dispute settlement, with Annex 23-A on worker representation in collective bargaining in Mexico and the Facility-Specific Rapid Response Labor Mechanism of Annex 31-A.",
    website: "https://ustr.gov/trade-agreements/free-trade-agreements/united-states-mexico-canada-agreement",
  },
  {
    shortName: "CAFTA-DR",
    title: "Dominican Republic–Central America–United States Free Trade Agreement",
    kind: "REGIONAL",
    status: "IN_FORCE",
    signedOn: "2004-08-05",
    inForceOn: "2006-03-01",
    parties: ["US", "CR", "SV", "GT", "HN", "NI", "DO"],
    summary:
      "Chapter 16 commits the Parties to enforce their labour laws and creates a Labor Affairs Council and a Labor Cooperation and Capacity Building Mechanism. The first labour case under a U.S. trade agreement (Guatemala, 2011–2017) was brought under it.",
    website: "https://ustr.gov/trade-agreements/free-trade-agreements/cafta-dr-dominican-republic-central-america-fta",
  },
  {
    shortName: "EVFTA",
    title: "Free Trade Agreement between the European Union and the Socialist Republic of Viet Nam",
    kind: "BILATERAL",
    status: "IN_FORCE",
    signedOn: "2019-06-30",
    inForceOn: "2020-08-01",
    parties: ["EU", "VN"],
    summary:
      "Chapter 13 on Trade and Sustainable Development commits the Parties to the ILO fundamental principles and to efforts towards ratifying the fundamental conventions, monitored by a Committee on Trade and Sustainable Development and Domestic Advisory Groups, with a Panel of Experts for disputes.",
    website:
      "https://policy.trade.ec.europa.eu/eu-trade-relationships-country-and-region/countries-and-regions/vietnam/eu-vietnam-agreement_en",
  },
  {
    shortName: "CCOFTA",
    title: "Free Trade Agreement between Canada and the Republic of Colombia",
    kind: "BILATERAL",
    status: "IN_FORCE",
    signedOn: "2008-11-21",
    inForceOn: "2011-08-15",
    parties: ["CA", "CO"],
    summary:
      "Chapter 16 affirms the Parties' ILO commitments; the parallel Agreement on Labour Cooperation sets the obligations, a Ministerial Council, National Administrative Offices that receive public communications, and a review panel that may impose monetary assessments.",
    website:
      "https://www.canada.ca/en/employment-social-development/services/labour-relations/international/agreements/colombia.html",
  },
  {
    shortName: "NAALC",
    title: "North American Agreement on Labor Cooperation",
    kind: "REGIONAL",
    status: "TERMINATED",
    signedOn: "1993-09-14",
    inForceOn: "1994-01-01",
    terminatedOn: "2020-07-01",
    parties: ["MX", "US", "CA"],
    summary:
      "The labour side agreement to NAFTA: eleven labour principles, a Commission for Labor Cooperation with a Council and a Secretariat, and National Administrative Offices. Superseded by USMCA Chapter 23 on 1 July 2020.",
    website: "https://www.dol.gov/agencies/ilab/trade/agreements/naalc",
  },
];

type ProvisionDef = [key: string, article: string, category: ProvisionCategory, topic: LabourTopic, title: string, text: string];

export const provisions: Record<string, ProvisionDef[]> = {
  USMCA: [
    ["usmca-23.3", "Art. 23.3", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Labor Rights", "Each Party adopts and maintains in law the rights of the ILO 1998 Declaration — freedom of association and collective bargaining, no forced or child labour, no discrimination — and acceptable conditions of work on minimum wages, hours and occupational safety and health."],
    ["usmca-23.4", "Art. 23.4", "OBLIGATIONS", "OTHER", "Non-Derogation", "No Party waives or derogates from its labour laws implementing Article 23.3 to encourage trade or investment."],
    ["usmca-23.5", "Art. 23.5", "OBLIGATIONS", "LABOUR_INSPECTION", "Enforcement of Labor Laws", "No Party fails to effectively enforce its labour laws through a sustained or recurring course of action or inaction in a manner affecting trade or investment; enforcement includes adequate, trained labour inspectors."],
    ["usmca-23.6", "Art. 23.6", "OBLIGATIONS", "FORCED_LABOUR", "Forced or Compulsory Labor", "Each Party prohibits the importation of goods produced wholly or in part by forced or compulsory labour, including forced child labour."],
    ["usmca-23.7", "Art. 23.7", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Violence Against Workers", "No Party fails to address violence or threats of violence against workers directly linked to exercising their labour rights."],
    ["usmca-23.8", "Art. 23.8", "OBLIGATIONS", "MIGRANT_WORKERS", "Migrant Workers", "Each Party ensures that migrant workers are protected under its labour laws, whether they are nationals or non-nationals."],
    ["usmca-23.9", "Art. 23.9", "OBLIGATIONS", "NON_DISCRIMINATION", "Discrimination in the Workplace", "Each Party implements policies protecting workers against employment discrimination on the basis of sex, including pregnancy, sexual harassment, sexual orientation, gender identity and caregiving responsibilities."],
    ["usmca-23.12", "Art. 23.12", "COOPERATION", "INFORMAL_EMPLOYMENT", "Cooperation", "The Parties cooperate through workshops, study visits, research and exchanges on labour law enforcement, inspection, occupational safety and health, the informal economy and labour statistics, with input from workers and employers."],
    ["usmca-23.13", "Art. 23.13", "COOPERATION", "SOCIAL_DIALOGUE", "Cooperative Labor Dialogue", "A Party may request a dialogue with another Party on any matter arising under the chapter; the dialogue begins within 30 days and may include stakeholders."],
    ["usmca-23.14", "Art. 23.14", "INSTITUTIONAL", "SOCIAL_DIALOGUE", "Labor Council", "A Labor Council of senior governmental representatives at the ministerial or other level meets within a year of entry into force and every two years after, with a public session."],
    ["usmca-23.15", "Art. 23.15", "INSTITUTIONAL", "OTHER", "Contact Points", "Each Party designates an office within its labour ministry as contact point for communication and coordination on the chapter."],
    ["usmca-23.17", "Art. 23.17", "DISPUTE_SETTLEMENT", "OTHER", "Labor Consultations", "A Party may request labour consultations on any matter under the chapter; if unresolved, the matter may go to dispute settlement under Chapter 31."],
    ["usmca-23-a", "Annex 23-A", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Worker Representation in Collective Bargaining in Mexico", "Mexico commits to legislation giving workers the right to choose their union by secret ballot, independent labour courts and a registration centre, and the legitimation of existing collective agreements."],
    ["usmca-31-a", "Annex 31-A", "DISPUTE_SETTLEMENT", "FREEDOM_OF_ASSOCIATION", "Facility-Specific Rapid Response Labor Mechanism", "Allows a Party to request review of an alleged denial of free association and collective bargaining rights at a covered facility, leading to an agreed course of remediation or a panel and remedies such as suspension of preferential tariffs."],
  ],
  "CAFTA-DR": [
    ["cafta-16.1", "Art. 16.1", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Statement of Shared Commitment", "The Parties reaffirm their ILO obligations and strive to ensure that internationally recognised labour rights are recognised and protected by their laws."],
    ["cafta-16.2", "Art. 16.2", "OBLIGATIONS", "LABOUR_INSPECTION", "Enforcement of Labor Laws", "A Party shall not fail to effectively enforce its labour laws, through a sustained or recurring course of action or inaction, in a manner affecting trade between the Parties."],
    ["cafta-16.2-nd", "Art. 16.2", "OBLIGATIONS", "OTHER", "Non-weakening of protections", "The Parties strive not to weaken or reduce labour protections as an encouragement for trade or investment."],
    ["cafta-16.3", "Art. 16.3", "OBLIGATIONS", "OTHER", "Procedural Guarantees and Public Awareness", "Persons with a recognised interest have access to fair, equitable and transparent tribunals to enforce labour laws; the Parties promote public awareness of those laws."],
    ["cafta-16.4", "Art. 16.4", "INSTITUTIONAL", "SOCIAL_DIALOGUE", "Labor Affairs Council", "A Labor Affairs Council of cabinet-level representatives oversees the chapter; each Party designates a contact office in its labour ministry and may convene national labour advisory committees."],
    ["cafta-16.4.3", "Art. 16.4.3", "MONITORING", "OTHER", "Public submissions", "Each Party's contact office receives and considers communications from persons of a Party on matters related to the chapter and makes them available to the public."],
    ["cafta-16.5", "Art. 16.5", "COOPERATION", "LABOUR_INSPECTION", "Labor Cooperation and Capacity Building Mechanism", "A mechanism to advance common commitments through bilateral and regional cooperation, capacity building and technical assistance."],
    ["cafta-a16.5-child", "Annex 16.5", "COOPERATION", "CHILD_LABOUR", "Cooperation priority: worst forms of child labour", "Cooperation priorities include the elimination of the worst forms of child labour in line with ILO Convention No. 182."],
    ["cafta-a16.5-osh", "Annex 16.5", "COOPERATION", "OCCUPATIONAL_SAFETY", "Cooperation priority: occupational safety and health", "Cooperation priorities include occupational safety and health compliance, labour inspection systems and labour statistics."],
    ["cafta-16.6", "Art. 16.6", "DISPUTE_SETTLEMENT", "OTHER", "Cooperative Labor Consultations and dispute settlement", "A Party may request consultations; unresolved failures to enforce labour laws under Article 16.2.1(a) may go to dispute settlement under Chapter 20."],
  ],
  EVFTA: [
    ["evfta-13.3", "Art. 13.3", "OBLIGATIONS", "OTHER", "Right to regulate and levels of protection", "Each Party sets its own labour policies, strives to improve them, and does not encourage trade or investment by lowering or failing to enforce labour protection."],
    ["evfta-13.4.2", "Art. 13.4.2", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Fundamental principles and rights at work", "The Parties respect, promote and effectively implement the principles of freedom of association and collective bargaining, and the elimination of forced labour, child labour and discrimination."],
    ["evfta-13.4.3", "Art. 13.4.3", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Ratification of ILO fundamental conventions", "Each Party makes continued and sustained efforts towards ratifying the ILO fundamental conventions it has not yet ratified, including Convention No. 87 on freedom of association."],
    ["evfta-13.4.3-fl", "Art. 13.4.3", "OBLIGATIONS", "FORCED_LABOUR", "Ratification of the Abolition of Forced Labour Convention", "Efforts towards ratification cover ILO Convention No. 105 on the abolition of forced labour, ratified by Viet Nam in 2020."],
    ["evfta-13.4.4", "Art. 13.4.4", "OBLIGATIONS", "LABOUR_INSPECTION", "Effective implementation of ratified conventions", "Each Party effectively implements the ILO conventions it has ratified, including through labour inspection."],
    ["evfta-13.4.5", "Art. 13.4.5", "OBLIGATIONS", "OCCUPATIONAL_SAFETY", "Decent work", "The Parties promote decent work, including occupational safety and health and non-discrimination in working conditions."],
    ["evfta-13.14", "Art. 13.14", "COOPERATION", "SOCIAL_DIALOGUE", "Cooperation on trade and sustainable development", "The Parties cooperate on trade-related labour aspects, including ILO conventions, social dialogue and corporate social responsibility."],
    ["evfta-13.15", "Art. 13.15", "INSTITUTIONAL", "OTHER", "Committee on Trade and Sustainable Development", "A Committee of senior officials oversees the chapter's implementation, meets within a year and then as needed, and reports to the Trade Committee."],
    ["evfta-13.15-dag", "Art. 13.15", "MONITORING", "SOCIAL_DIALOGUE", "Domestic Advisory Groups", "Each Party consults a domestic advisory group of independent economic, social and environmental stakeholders; the groups meet in a joint forum."],
    ["evfta-13.16", "Art. 13.16", "DISPUTE_SETTLEMENT", "OTHER", "Government Consultations", "A Party may request consultations on any matter under the chapter, taking account of the work of the ILO."],
    ["evfta-13.17", "Art. 13.17", "DISPUTE_SETTLEMENT", "FREEDOM_OF_ASSOCIATION", "Panel of Experts", "An unresolved matter may go to a panel of three experts whose report and recommendations the Parties discuss and whose follow-up the Committee monitors."],
  ],
  CCOFTA: [
    ["ccofta-1601", "Art. 1601", "OBLIGATIONS", "OTHER", "Affirmations", "The Parties affirm their obligations as ILO members and their commitments under the 1998 Declaration."],
    ["ccofta-1603", "Art. 1603", "COOPERATION", "SOCIAL_DIALOGUE", "Objectives", "Cooperation aims to improve working conditions, promote social dialogue, strengthen labour ministries and foster exchange of information on labour law and institutions."],
    ["lca-1-foa", "LCA Art. 1", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Obligations: freedom of association", "Each Party's laws embody and protect freedom of association and the effective recognition of the right to collective bargaining."],
    ["lca-1-child", "LCA Art. 1", "OBLIGATIONS", "CHILD_LABOUR", "Obligations: child labour", "Each Party's laws provide for the effective abolition of child labour."],
    ["lca-1-osh", "LCA Art. 1", "OBLIGATIONS", "OCCUPATIONAL_SAFETY", "Obligations: safe working conditions", "Each Party's laws provide acceptable minimum employment standards and the prevention of occupational injuries and illnesses."],
    ["lca-1-migrant", "LCA Art. 1", "OBLIGATIONS", "MIGRANT_WORKERS", "Obligations: migrant workers", "Each Party provides migrant workers with the same legal protections as its nationals in respect of working conditions."],
    ["lca-3", "LCA Art. 3", "OBLIGATIONS", "LABOUR_INSPECTION", "Government enforcement action", "Each Party promotes compliance with and effectively enforces its labour law through inspectors, investigations and sanctions."],
    ["lca-council", "LCA Part Two", "INSTITUTIONAL", "SOCIAL_DIALOGUE", "Ministerial Council and National Administrative Offices", "A Ministerial Council of the labour ministers oversees the agreement; each Party's National Administrative Office is its contact point."],
    ["lca-communications", "LCA Part Two", "MONITORING", "OTHER", "Public communications", "Each National Administrative Office receives and reviews public communications on labour law matters arising in the other Party and publishes its report."],
    ["lca-review-panel", "LCA Part Five", "DISPUTE_SETTLEMENT", "OTHER", "Review Panel", "After ministerial consultations, a Party may request an independent review panel, which may set a monetary assessment for a persistent failure to enforce."],
  ],
  NAALC: [
    ["naalc-annex1", "Annex 1", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Labor Principles", "Eleven guiding principles, from freedom of association and the right to strike to protection of migrant workers, that the Parties commit to promote."],
    ["naalc-3", "Art. 3", "OBLIGATIONS", "LABOUR_INSPECTION", "Government Enforcement Action", "Each Party promotes compliance with and effectively enforces its labour law through inspectors, monitoring and sanctions."],
    ["naalc-9", "Art. 9", "INSTITUTIONAL", "SOCIAL_DIALOGUE", "The Council", "A Council of the labour ministers governs the Commission for Labor Cooperation and oversees cooperative activities."],
    ["naalc-12", "Art. 12", "INSTITUTIONAL", "OTHER", "The Secretariat", "A Secretariat headed by an Executive Director supports the Council and prepares public reports and studies."],
    ["naalc-11", "Art. 11", "COOPERATION", "OCCUPATIONAL_SAFETY", "Cooperative Activities", "The Council promotes cooperative activities on occupational safety and health, child labour, migrant workers, statistics and more."],
    ["naalc-16", "Art. 16", "MONITORING", "OTHER", "National Administrative Offices", "Each Party's National Administrative Office receives public communications on labour law matters arising in another Party."],
    ["naalc-29", "Art. 29", "DISPUTE_SETTLEMENT", "WAGES_AND_HOURS", "Arbitral Panel", "A persistent pattern of failure to enforce occupational safety and health, child labour or minimum wage standards may go to an arbitral panel."],
  ],
};

/** Agreements with their parties and provisions: three inserts. */
export async function loadAgreements(ctx: SeedContext): Promise<void> {
  await createAgreements(
    ctx.tx,
    agreements.map((a) => ({
      id: ctx.agreements.add(a.shortName),
      shortName: a.shortName,
      title: a.title,
      kind: a.kind,
      status: a.status,
      signedOn: day(a.signedOn),
      inForceOn: day(a.inForceOn),
      terminatedOn: a.terminatedOn ? day(a.terminatedOn) : null,
      summary: a.summary,
      translations: demoTranslations({ summary: a.summary }),
      website: a.website,
    })),
  );
  await ctx.tx.agreementParty.createMany({
    data: agreements.flatMap((a) =>
      a.parties.map((countryCode) => ({ agreementId: ctx.agreements.id(a.shortName), countryCode })),
    ),
  });
  await createProvisions(
    ctx.tx,
    Object.entries(provisions).flatMap(([shortName, rows]) =>
      rows.map(([key, article, category, topic, title, text]) => ({
        id: ctx.provisions.add(key),
        agreementId: ctx.agreements.id(shortName),
        article,
        category,
        topic,
        title,
        text,
      })),
    ),
  );
}
