// What programs refer to: agreements with their parties, provisions and institutions, about 200
// organisations of every kind in the parties' countries and beyond, and the users who act in the
// audit trail. Made once per run, before the first program; the same every time.
import type { AgreementKind, AgreementStatus, LabourTopic, OrganisationKind, Role } from "@/lib/platform/db/generated/enums";
import countries from "@/prisma/seed/data/countries.json" with { type: "json" };
import { agreementRow, institutionRow, organisationRow, provisionRow, userRow } from "@/prisma/seed/factories";
import { dayOf, isoTime, pad } from "./random";
import { emptyRows, type Rows } from "./tables";
import { CAPITALS, PROVISIONS } from "./words";

/** The day the data describes: statuses, reports and due dates are as they stand on it. */
export const AS_OF = dayOf("2026-11-30");
/** When the register began; programs older than that were entered afterwards. */
export const REGISTER_OPENED = dayOf("2021-01-04");

/** Parties that fund cooperation rather than receive it, and their currencies. */
const DONOR_CURRENCY: Record<string, string> = { US: "USD", CA: "CAD", EU: "EUR", JP: "JPY", AU: "AUD", NZ: "NZD" };

type AgreementDef = {
  shortName: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedOn: string;
  inForceOn: string | null;
  parties: string[];
  /** The years in which its programs start, and its share of all programs. */
  years: [number, number];
  weight: number;
};

const AGREEMENTS: AgreementDef[] = [
  { shortName: "NAALC-B", title: "North American Agreement on Labour Cooperation", kind: "REGIONAL", status: "TERMINATED", signedOn: "1993-09-14", inForceOn: "1994-01-01", parties: ["MX", "US", "CA"], years: [1995, 2017], weight: 14 },
  { shortName: "NATLA", title: "North American Trade and Labour Agreement", kind: "REGIONAL", status: "IN_FORCE", signedOn: "2018-11-30", inForceOn: "2020-07-01", parties: ["MX", "US", "CA"], years: [2019, 2026], weight: 24 },
  { shortName: "CADR-LAB", title: "Central America–Dominican Republic–United States Trade Agreement, Labour Chapter", kind: "REGIONAL", status: "IN_FORCE", signedOn: "2004-08-05", inForceOn: "2006-03-01", parties: ["US", "CR", "SV", "GT", "HN", "NI", "DO"], years: [2005, 2026], weight: 24 },
  { shortName: "EU-VN-TSD", title: "EU–Viet Nam Free Trade Agreement, Trade and Sustainable Development Chapter", kind: "BILATERAL", status: "IN_FORCE", signedOn: "2019-06-30", inForceOn: "2020-08-01", parties: ["EU", "VN"], years: [2016, 2026], weight: 12 },
  { shortName: "PAC-LAB", title: "Trans-Pacific Trade Partnership, Labour Chapter", kind: "PLURILATERAL", status: "IN_FORCE", signedOn: "2018-03-08", inForceOn: "2018-12-30", parties: ["AU", "NZ", "JP", "VN", "MX", "CL", "PE", "CA"], years: [2016, 2026], weight: 16 },
  { shortName: "EU-MS-TSD", title: "EU–Mercosur Partnership Agreement, Trade and Sustainable Development Chapter", kind: "REGIONAL", status: "SIGNED", signedOn: "2025-12-20", inForceOn: null, parties: ["EU", "AR", "BR", "PY", "UY"], years: [2020, 2026], weight: 10 },
];

const UNION_SECTORS = ["Agricultural", "Garment", "Mine", "Fishery", "Construction", "Domestic", "Port", "Automotive", "Electronics", "Plantation"];

const INTERNATIONAL: [name: string, acronym: string, kind: OrganisationKind][] = [
  ["International Labour Organization", "ILO", "INTERNATIONAL_ORGANISATION"],
  ["International Organization for Migration", "IOM", "INTERNATIONAL_ORGANISATION"],
  ["UN Women", "UN Women", "INTERNATIONAL_ORGANISATION"],
  ["United Nations Children's Fund", "UNICEF", "INTERNATIONAL_ORGANISATION"],
  ["World Bank Group", "WBG", "INTERNATIONAL_ORGANISATION"],
  ["Inter-American Development Bank", "IDB", "INTERNATIONAL_ORGANISATION"],
  ["Fair Labor Association", "FLA", "NGO"],
  ["Ethical Trading Initiative", "ETI", "NGO"],
];

export type Org = { id: string; name: string; kind: OrganisationKind; countryCode: string | null; iati: string | null };

export type AgreementInfo = {
  id: string;
  shortName: string;
  terminated: boolean;
  parties: string[];
  /** Parties that receive cooperation (all parties when every one of them is a donor). */
  beneficiaries: string[];
  donors: string[];
  firstStart: number;
  lastStart: number;
  weight: number;
  provisions: { id: string; topic: LabourTopic }[];
  councilId: string;
  contactPoints: Map<string, string>;
};

export type World = {
  agreements: AgreementInfo[];
  /**
   * Every organisation of a country, always in this order: labour ministry, labour inspectorate, two
   * unions, two employers' organisations, two NGOs, a research institute; for a donor party then its
   * development agency and an expert board. Programs pick their participants by these positions.
   */
  byCountry: Map<string, Org[]>;
  /** The development agency of each donor party. */
  agencies: Map<string, Org>;
  international: Org[];
  currencyOf: (org: Org) => string;
  countryName: (code: string) => string;
  users: { admins: string[]; analysts: string[]; byOrganisation: Map<string, string> };
};

/** The reference rows to write first, and the indexes programs are generated from. */
export function buildWorld(): { world: World; rows: Rows } {
  const rows = emptyRows();
  const stamp = isoTime(REGISTER_OPENED, 9 * 60);
  const names = new Map(countries.map((country) => [country.code, country.name]));
  const countryName = (code: string) => names.get(code) ?? code;

  let orgCount = 0;
  const addOrg = (name: string, acronym: string | null, kind: OrganisationKind, countryCode: string | null, withIati: boolean): Org => {
    orgCount += 1;
    const org: Org = { id: `org-${pad(orgCount, 4)}`, name, kind, countryCode, iati: withIati ? `XM-BENCH-${orgCount}` : null };
    rows.organisations.push(organisationRow({ id: org.id, name, acronym, kind, countryCode, iatiIdentifier: org.iati, createdAt: stamp, updatedAt: stamp }));
    return org;
  };

  const admin = addOrg("Labour Cooperation Tracker administration", "LCT", "OTHER", null, false);
  const international = INTERNATIONAL.map(([name, acronym, kind]) => addOrg(name, acronym, kind, null, true));
  const partyCodes = [...new Set(AGREEMENTS.flatMap((agreement) => agreement.parties))];
  const byCountry = new Map<string, Org[]>();
  const agencies = new Map<string, Org>();
  partyCodes.forEach((code, index) => {
    const name = countryName(code);
    const eu = code === "EU";
    const sector = UNION_SECTORS[index % UNION_SECTORS.length]!;
    const orgs = [
      addOrg(eu ? "European Commission, Directorate-General for Employment" : `Ministry of Labour of ${name}`, `MOL-${code}`, "GOVERNMENT_MINISTRY", code, true),
      addOrg(eu ? "European Labour Authority" : `Labour Inspectorate of ${name}`, `LI-${code}`, "GOVERNMENT_MINISTRY", code, true),
      addOrg(`${name} Confederation of Trade Unions`, `CTU-${code}`, "WORKERS_ORGANISATION", code, false),
      addOrg(`National Union of ${sector} Workers, ${name}`, null, "WORKERS_ORGANISATION", code, false),
      addOrg(`${name} Employers' Federation`, `EF-${code}`, "EMPLOYERS_ORGANISATION", code, false),
      addOrg(`Chamber of Commerce and Industry of ${name}`, null, "EMPLOYERS_ORGANISATION", code, false),
      addOrg(`Labour Rights Centre of ${name}`, null, "NGO", code, true),
      addOrg(`Workers' Legal Aid Foundation of ${name}`, null, "NGO", code, false),
      addOrg(`Institute of Labour Studies of ${name}`, null, "ACADEMIC", code, false),
    ];
    if (code in DONOR_CURRENCY) {
      const agency = addOrg(eu ? "European Commission, Directorate-General for International Partnerships" : `Development Cooperation Agency of ${name}`, `DCA-${code}`, "GOVERNMENT_MINISTRY", code, true);
      agencies.set(code, agency);
      orgs.push(agency, addOrg(`Independent Labour Expert Board of ${name}`, null, "OTHER", code, false));
    }
    byCountry.set(code, orgs);
  });

  let userCount = 0;
  const addUser = (role: Role, organisationId: string) => {
    userCount += 1;
    const id = `user-${pad(userCount, 4)}`;
    rows.users.push(userRow({ id, email: `${role.toLowerCase().replace("_", "-")}-${userCount}@bench.test`, name: `Bench ${role.toLowerCase().replace("_", " ")} ${userCount}`, role, organisationId, createdAt: stamp, updatedAt: stamp }));
    return id;
  };
  const admins = [addUser("ADMIN", admin.id), addUser("ADMIN", admin.id)];
  const analysts = [addUser("ANALYST", admin.id), addUser("ANALYST", admin.id), addUser("ANALYST", admin.id)];
  const byOrganisation = new Map<string, string>();
  for (const org of [...byCountry.values()].flat()) {
    if (org.kind === "GOVERNMENT_MINISTRY") byOrganisation.set(org.id, addUser("GOVERNMENT", org.id));
    if (org.kind === "WORKERS_ORGANISATION" || org.kind === "NGO") byOrganisation.set(org.id, addUser("CIVIL_SOCIETY", org.id));
  }

  const agreements = AGREEMENTS.map((def, index): AgreementInfo => {
    const id = `agr-${index + 1}`;
    const created = isoTime(REGISTER_OPENED, 8 * 60 + index);
    rows.agreements.push(agreementRow({
      id, title: def.title, shortName: def.shortName, kind: def.kind, status: def.status, signedOn: def.signedOn, inForceOn: def.inForceOn,
      summary: `Labour commitments of the ${def.parties.map(countryName).join(", ")} under ${def.shortName}: obligations, cooperation, institutions and consultations.`,
      website: `https://trade.example/${def.shortName.toLowerCase()}`, createdAt: created, updatedAt: created,
    }));
    for (const countryCode of def.parties) rows.agreementParties.push({ agreementId: id, countryCode });
    const provisions = PROVISIONS.map(([article, category, topic, title], at) => {
      const provisionId = `prov-${index + 1}-${pad(at + 1, 2)}`;
      rows.provisions.push(provisionRow({ id: provisionId, agreementId: id, article: `Art. ${index + 20}.${article}`, category, topic, title, text: `The Parties commit, under ${def.shortName}, to ${title.toLowerCase()} as the chapter sets out.`, createdAt: created, updatedAt: created }));
      return { id: provisionId, topic };
    });

    let institutionCount = 0;
    const addInstitution = (kind: "MINISTERIAL_COUNCIL" | "CONTACT_POINT" | "PERMANENT_SECRETARIAT" | "ADVISORY_GROUP", name: string, countryCode: string | null, host: Org | null) => {
      institutionCount += 1;
      const institutionId = `inst-${index + 1}-${pad(institutionCount, 2)}`;
      const contact = kind === "CONTACT_POINT" && countryCode;
      rows.institutions.push(institutionRow({
        id: institutionId, agreementId: id, kind, name, countryCode, hostOrganisationId: host?.id ?? null,
        contactName: contact ? `Contact point officer, ${countryName(countryCode)}` : null,
        contactEmail: contact ? `contact-point-${countryCode.toLowerCase()}@${def.shortName.toLowerCase()}.example` : null,
        contactPhone: contact ? `+00 555 01${pad(institutionCount, 2)}` : null,
        address: contact ? `${CAPITALS[countryCode] ?? countryName(countryCode)}, ${countryName(countryCode)}` : null,
        website: null, mandate: `${name}: its mandate under ${def.shortName}.`, createdAt: created, updatedAt: created,
      }));
      return institutionId;
    };
    const councilId = addInstitution("MINISTERIAL_COUNCIL", `${def.shortName} Labour Council`, null, null);
    const contactPoints = new Map(def.parties.map((code) => [code, addInstitution("CONTACT_POINT", `${def.shortName} contact point of ${countryName(code)}`, code, byCountry.get(code)![0]!)]));
    if (def.kind !== "BILATERAL") addInstitution("PERMANENT_SECRETARIAT", `${def.shortName} Secretariat`, null, null);
    for (const code of def.parties.slice(0, 2)) addInstitution("ADVISORY_GROUP", `${def.shortName} advisory group of ${countryName(code)}`, code, byCountry.get(code)![2]!);

    const donors = def.parties.filter((code) => code in DONOR_CURRENCY);
    const receivers = def.parties.filter((code) => !(code in DONOR_CURRENCY));
    return {
      id, shortName: def.shortName, terminated: def.status === "TERMINATED", parties: def.parties, donors,
      beneficiaries: receivers.length > 0 ? receivers : def.parties,
      firstStart: dayOf(`${def.years[0]}-01-01`), lastStart: Math.min(AS_OF - 30, dayOf(`${def.years[1]}-12-31`)), weight: def.weight,
      provisions, councilId, contactPoints,
    };
  });

  const currencyOf = (org: Org) => (org.countryCode && agencies.get(org.countryCode) ? DONOR_CURRENCY[org.countryCode]! : "USD");
  return { world: { agreements, byCountry, agencies, international, currencyOf, countryName, users: { admins, analysts, byOrganisation } }, rows };
}
