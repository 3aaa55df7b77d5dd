// The institutions each agreement sets up. Contact details are fictional (reserved ".example"
// domains, 555 telephone numbers); names, hosts and mandates follow the real arrangements.
import type { InstitutionKind } from "@/lib/platform/db/generated/enums";
import { createInstitutions } from "@/prisma/seed/factories";
import type { SeedContext } from "./context";

type Contact = { name: string; email: string; phone: string; address: string; website: string };

type InstitutionDef = {
  key: string;
  agreement: string;
  kind: InstitutionKind;
  name: string;
  country?: string;
  host?: string;
  contact?: Contact;
  mandate: string;
};

const dolAddress = "200 Constitution Ave NW, Washington, DC 20210, United States";
const esdcAddress = "Place du Portage, Phase II, 165 rue de l'Hôtel-de-Ville, Gatineau, QC K1A 0J2, Canada";
const stpsAddress = "Av. Paseo de la Reforma 93, Col. Tabacalera, 06030 Ciudad de México, México";
const ilabWeb = "https://www.dol.gov/agencies/ilab/our-work/trade";
const esdcWeb = "https://www.canada.ca/en/employment-social-development/services/labour-relations/international.html";

/** A contact point of a party, hosted by its labour ministry. */
function contactPoint(key: string, agreement: string, country: string, host: string, name: string, contact: Contact): InstitutionDef {
  return {
    key,
    agreement,
    kind: "CONTACT_POINT",
    name,
    country,
    host,
    contact,
    mandate: "Receives communications, coordinates cooperative activities and is the channel between the Parties and the public on the labour provisions.",
  };
}

export const institutions: InstitutionDef[] = [
  // USMCA
  { key: "usmca-council", agreement: "USMCA", kind: "MINISTERIAL_COUNCIL", name: "USMCA Labor Council", mandate: "Senior officials of the three labour and trade ministries; oversees Chapter 23, agrees cooperative priorities and holds a public session at each meeting." },
  contactPoint("usmca-cp-mx", "USMCA", "MX", "stps", "Punto de contacto de México — Capítulo 23 del T-MEC", { name: "Ana Sofía Ramírez Cruz", email: "punto.contacto.tmec@stps-mx.example", phone: "+52 55 5555 0123", address: stpsAddress, website: "https://www.gob.mx/stps" }),
  contactPoint("usmca-cp-us", "USMCA", "US", "ilab", "Office of Trade and Labor Affairs — U.S. contact point", { name: "Daniel Brooks", email: "otla-usmca@ilab-dol.example", phone: "+1 202 555 0142", address: dolAddress, website: ilabWeb }),
  contactPoint("usmca-cp-ca", "USMCA", "CA", "esdc", "International Labour Affairs, Labour Program — Canada's contact point", { name: "Émilie Tremblay", email: "labour-intl@esdc-labour.example", phone: "+1 819 555 0190", address: esdcAddress, website: esdcWeb }),
  { key: "usmca-ilc", agreement: "USMCA", kind: "OTHER", name: "Interagency Labor Committee for Monitoring and Enforcement", country: "US", host: "ilab", mandate: "Co-chaired by USTR and the Department of Labor; monitors Mexico's labour reform and prepares Rapid Response Mechanism requests." },
  { key: "usmca-lac", agreement: "USMCA", kind: "ADVISORY_GROUP", name: "Labor Advisory Committee for Trade Negotiations and Trade Policy", country: "US", host: "ilab", mandate: "Advises the U.S. government on the labour aspects of trade agreements; members come from U.S. labour unions." },
  { key: "usmca-dag-mx", agreement: "USMCA", kind: "ADVISORY_GROUP", name: "Grupo Consultivo Nacional sobre el Capítulo Laboral del T-MEC", country: "MX", host: "stps", mandate: "Brings Mexican workers' and employers' organisations, academia and civil society together to advise on Chapter 23 and cooperative activities." },
  { key: "usmca-imleb", agreement: "USMCA", kind: "OTHER", name: "Independent Mexico Labor Expert Board", country: "US", host: "imleb", mandate: "Monitors the implementation of Mexico's labour reform and reports to the Interagency Labor Committee and Congress." },
  // CAFTA-DR
  { key: "cafta-council", agreement: "CAFTA-DR", kind: "MINISTERIAL_COUNCIL", name: "CAFTA-DR Labor Affairs Council", mandate: "Cabinet-level labour officials of the seven Parties; oversees Chapter 16 and the cooperation mechanism, with a public session." },
  contactPoint("cafta-cp-us", "CAFTA-DR", "US", "ilab", "Office of Trade and Labor Affairs — U.S. contact point", { name: "Rachel Nguyen", email: "otla-cafta@ilab-dol.example", phone: "+1 202 555 0167", address: dolAddress, website: ilabWeb }),
  contactPoint("cafta-cp-cr", "CAFTA-DR", "CR", "mtss-cr", "Punto de contacto de Costa Rica — Asuntos Internacionales del Trabajo", { name: "Laura Solís Mora", email: "asuntos.internacionales@mtss-cr.example", phone: "+506 5555 0110", address: "Barrio Tournón, San José, Costa Rica", website: "https://www.mtss.go.cr" }),
  contactPoint("cafta-cp-sv", "CAFTA-DR", "SV", "mtps-sv", "Punto de contacto de El Salvador — Relaciones Internacionales de Trabajo", { name: "Carlos Hernández Ayala", email: "cafta.laboral@mtps-sv.example", phone: "+503 5555 0120", address: "Alameda Juan Pablo II, San Salvador, El Salvador", website: "https://www.mtps.gob.sv" }),
  contactPoint("cafta-cp-gt", "CAFTA-DR", "GT", "mintrab-gt", "Punto de contacto de Guatemala — Unidad de Asuntos Internacionales", { name: "María José Estrada", email: "asuntos.internacionales@mintrab-gt.example", phone: "+502 5555 0130", address: "7a Avenida 3-33, Zona 9, Ciudad de Guatemala", website: "https://www.mintrabajo.gob.gt" }),
  contactPoint("cafta-cp-hn", "CAFTA-DR", "HN", "stss-hn", "Punto de contacto de Honduras — Cooperación Externa", { name: "José Luis Zelaya", email: "cooperacion@stss-hn.example", phone: "+504 5555 0140", address: "Colonia Tres Caminos, Tegucigalpa, Honduras", website: "https://www.trabajo.gob.hn" }),
  contactPoint("cafta-cp-ni", "CAFTA-DR", "NI", "mitrab-ni", "Punto de contacto de Nicaragua — Relaciones Internacionales", { name: "Rosa Elena Martínez", email: "relaciones.internacionales@mitrab-ni.example", phone: "+505 5555 0150", address: "Estadio Nacional 400 m al norte, Managua, Nicaragua", website: "https://www.mitrab.gob.ni" }),
  contactPoint("cafta-cp-do", "CAFTA-DR", "DO", "mt-do", "Punto de contacto de la República Dominicana — Relaciones Internacionales", { name: "Ramón Antonio Peña", email: "relaciones.internacionales@mt-do.example", phone: "+1 809 555 0160", address: "Av. Jiménez Moya, Centro de los Héroes, Santo Domingo", website: "https://mt.gob.do" }),
  { key: "cafta-mechanism", agreement: "CAFTA-DR", kind: "OTHER", name: "Labor Cooperation and Capacity Building Mechanism", mandate: "Coordinated by the contact points; sets cooperation priorities under Annex 16.5 and reports to the Council." },
  { key: "cafta-lac", agreement: "CAFTA-DR", kind: "ADVISORY_GROUP", name: "Labor Advisory Committee for Trade Negotiations and Trade Policy", country: "US", host: "ilab", mandate: "Advises the U.S. government on the operation of the CAFTA-DR labour chapter." },
  // EVFTA
  { key: "evfta-tsd", agreement: "EVFTA", kind: "MINISTERIAL_COUNCIL", name: "Committee on Trade and Sustainable Development", mandate: "Senior officials of the EU and Viet Nam; oversees Chapter 13, including the ratification of ILO fundamental conventions, and follows up panel reports." },
  contactPoint("evfta-cp-eu", "EVFTA", "EU", "dg-trade", "EU contact point for Trade and Sustainable Development — DG TRADE", { name: "Katrin Vogel", email: "trade-tsd-vietnam@dg-trade.example", phone: "+32 2 555 01 70", address: "Rue de la Loi 170, 1049 Brussels, Belgium", website: "https://policy.trade.ec.europa.eu" }),
  contactPoint("evfta-cp-vn", "EVFTA", "VN", "molisa", "Viet Nam contact point — International Cooperation Department, MOLISA", { name: "Nguyễn Thị Thu Hà", email: "tsd-contact@molisa-vn.example", phone: "+84 24 5555 0180", address: "12 Ngô Quyền, Hoàn Kiếm, Hà Nội, Việt Nam", website: "https://www.molisa.gov.vn" }),
  { key: "evfta-dag-eu", agreement: "EVFTA", kind: "ADVISORY_GROUP", name: "EU Domestic Advisory Group under the EU–Viet Nam FTA", country: "EU", host: "eesc", mandate: "Independent EU employers', workers' and civil-society organisations advising on Chapter 13; secretariat provided by the EESC." },
  { key: "evfta-dag-vn", agreement: "EVFTA", kind: "ADVISORY_GROUP", name: "Viet Nam Domestic Advisory Group (coordinated by VCCI)", country: "VN", host: "vcci", mandate: "Vietnamese business associations, workers' representatives and research institutes advising on Chapter 13." },
  { key: "evfta-forum", agreement: "EVFTA", kind: "OTHER", name: "Joint Forum on Trade and Sustainable Development", mandate: "Annual open meeting of both Domestic Advisory Groups and the public on the implementation of Chapter 13." },
  // CCOFTA
  { key: "ccofta-council", agreement: "CCOFTA", kind: "MINISTERIAL_COUNCIL", name: "Canada–Colombia Ministerial Council on Labour", mandate: "The two labour ministers; oversees the Agreement on Labour Cooperation, agrees cooperative activities and holds ministerial consultations." },
  contactPoint("ccofta-nao-ca", "CCOFTA", "CA", "esdc", "Canadian National Administrative Office", { name: "Jean-François Lévesque", email: "nao-bna@esdc-labour.example", phone: "+1 819 555 0195", address: esdcAddress, website: esdcWeb }),
  contactPoint("ccofta-nao-co", "CCOFTA", "CO", "mintrabajo-co", "Oficina Administrativa Nacional de Colombia", { name: "Diana Marcela Restrepo", email: "oan.canada@mintrabajo-co.example", phone: "+57 601 555 0200", address: "Carrera 14 No. 99-33, Bogotá, Colombia", website: "https://www.mintrabajo.gov.co" }),
  { key: "ccofta-cpcpsl", agreement: "CCOFTA", kind: "ADVISORY_GROUP", name: "Comisión Permanente de Concertación de Políticas Salariales y Laborales", country: "CO", host: "mintrabajo-co", mandate: "Colombia's tripartite commission; consulted on cooperative activities and action plans under the labour agreement." },
  // NAALC
  { key: "naalc-council", agreement: "NAALC", kind: "MINISTERIAL_COUNCIL", name: "NAALC Council of Ministers", mandate: "The three labour ministers; governed the Commission for Labor Cooperation." },
  { key: "naalc-secretariat", agreement: "NAALC", kind: "PERMANENT_SECRETARIAT", name: "Secretariat of the Commission for Labor Cooperation", contact: { name: "Executive Director", email: "secretariat@naalc-clc.example", phone: "+1 202 555 0111", address: "1211 Connecticut Ave NW, Washington, DC 20036, United States", website: "https://www.dol.gov/agencies/ilab/trade/agreements/naalc" }, mandate: "Supported the Council and published comparative studies on labour law and labour markets in North America (1994–2010)." },
  contactPoint("naalc-nao-us", "NAALC", "US", "ilab", "U.S. National Administrative Office", { name: "Office of Trade and Labor Affairs", email: "nao@ilab-dol.example", phone: "+1 202 555 0100", address: dolAddress, website: ilabWeb }),
  contactPoint("naalc-nao-mx", "NAALC", "MX", "stps", "Oficina Administrativa Nacional de México", { name: "Coordinación General de Asuntos Internacionales", email: "oan@stps-mx.example", phone: "+52 55 5555 0100", address: stpsAddress, website: "https://www.gob.mx/stps" }),
  contactPoint("naalc-nao-ca", "NAALC", "CA", "esdc", "Canadian National Administrative Office (NAALC)", { name: "International Labour Affairs", email: "nao-naalc@esdc-labour.example", phone: "+1 819 555 0100", address: esdcAddress, website: esdcWeb }),
];

export async function loadInstitutions(ctx: SeedContext): Promise<void> {
  await createInstitutions(
    ctx.tx,
    institutions.map((i) => ({
      id: ctx.institutions.add(i.key),
      agreementId: ctx.agreements.id(i.agreement),
      kind: i.kind,
      name: i.name,
      countryCode: i.country ?? null,
      hostOrganisationId: ctx.orgs.optional(i.host),
      contactName: i.contact?.name ?? null,
      contactEmail: i.contact?.email ?? null,
      contactPhone: i.contact?.phone ?? null,
      address: i.contact?.address ?? null,
      website: i.contact?.website ?? null,
      mandate: i.mandate,
    })),
  );
}
