import type { OrganisationKind } from "@/lib/platform/db/generated/enums";

export type DemoOrganisation = {
  key: string;
  name: string;
  acronym: string;
  kind: OrganisationKind;
  country: string | null;
  iati?: string;
};

/** The organisations of the demo data, referred to elsewhere by `key`. */
export const organisations: DemoOrganisation[] = [
  // Ministries
  { key: "stps", name: "Secretaría del Trabajo y Previsión Social", acronym: "STPS", kind: "GOVERNMENT_MINISTRY", country: "MX" },
  { key: "ilab", name: "Bureau of International Labor Affairs, U.S. Department of Labor", acronym: "ILAB", kind: "GOVERNMENT_MINISTRY", country: "US" },
  { key: "esdc", name: "Employment and Social Development Canada – Labour Program", acronym: "ESDC", kind: "GOVERNMENT_MINISTRY", country: "CA" },
  { key: "mintrab-gt", name: "Ministerio de Trabajo y Previsión Social de Guatemala", acronym: "MINTRAB", kind: "GOVERNMENT_MINISTRY", country: "GT" },
  { key: "stss-hn", name: "Secretaría de Trabajo y Seguridad Social de Honduras", acronym: "STSS", kind: "GOVERNMENT_MINISTRY", country: "HN" },
  { key: "mtps-sv", name: "Ministerio de Trabajo y Previsión Social de El Salvador", acronym: "MTPS", kind: "GOVERNMENT_MINISTRY", country: "SV" },
  { key: "mt-do", name: "Ministerio de Trabajo de la República Dominicana", acronym: "MT", kind: "GOVERNMENT_MINISTRY", country: "DO" },
  { key: "mtss-cr", name: "Ministerio de Trabajo y Seguridad Social de Costa Rica", acronym: "MTSS", kind: "GOVERNMENT_MINISTRY", country: "CR" },
  { key: "mitrab-ni", name: "Ministerio del Trabajo de Nicaragua", acronym: "MITRAB", kind: "GOVERNMENT_MINISTRY", country: "NI" },
  { key: "molisa", name: "Ministry of Labour, Invalids and Social Affairs", acronym: "MOLISA", kind: "GOVERNMENT_MINISTRY", country: "VN" },
  { key: "dg-trade", name: "European Commission, Directorate-General for Trade", acronym: "DG TRADE", kind: "GOVERNMENT_MINISTRY", country: "EU" },
  { key: "dg-intpa", name: "European Commission, Directorate-General for International Partnerships", acronym: "DG INTPA", kind: "GOVERNMENT_MINISTRY", country: "EU", iati: "XI-IATI-EC_INTPA" },
  { key: "mintrabajo-co", name: "Ministerio del Trabajo de Colombia", acronym: "MinTrabajo", kind: "GOVERNMENT_MINISTRY", country: "CO" },
  // Workers' organisations
  { key: "tuca", name: "Trade Union Confederation of the Americas", acronym: "TUCA", kind: "WORKERS_ORGANISATION", country: "BR" },
  { key: "aflcio", name: "American Federation of Labor and Congress of Industrial Organizations", acronym: "AFL-CIO", kind: "WORKERS_ORGANISATION", country: "US" },
  { key: "clc", name: "Canadian Labour Congress", acronym: "CLC", kind: "WORKERS_ORGANISATION", country: "CA" },
  { key: "sinttia", name: "Sindicato Independiente Nacional de Trabajadores y Trabajadoras de la Industria Automotriz", acronym: "SINTTIA", kind: "WORKERS_ORGANISATION", country: "MX" },
  { key: "cut-co", name: "Central Unitaria de Trabajadores de Colombia", acronym: "CUT", kind: "WORKERS_ORGANISATION", country: "CO" },
  { key: "vgcl", name: "Viet Nam General Confederation of Labour", acronym: "VGCL", kind: "WORKERS_ORGANISATION", country: "VN" },
  { key: "etuc", name: "European Trade Union Confederation", acronym: "ETUC", kind: "WORKERS_ORGANISATION", country: "BE" },
  // Employers' organisations
  { key: "coparmex", name: "Confederación Patronal de la República Mexicana", acronym: "COPARMEX", kind: "EMPLOYERS_ORGANISATION", country: "MX" },
  { key: "cacif", name: "Comité Coordinador de Asociaciones Agrícolas, Comerciales, Industriales y Financieras", acronym: "CACIF", kind: "EMPLOYERS_ORGANISATION", country: "GT" },
  { key: "vcci", name: "Viet Nam Chamber of Commerce and Industry", acronym: "VCCI", kind: "EMPLOYERS_ORGANISATION", country: "VN" },
  { key: "andi", name: "Asociación Nacional de Empresarios de Colombia", acronym: "ANDI", kind: "EMPLOYERS_ORGANISATION", country: "CO" },
  { key: "uscib", name: "United States Council for International Business", acronym: "USCIB", kind: "EMPLOYERS_ORGANISATION", country: "US" },
  // Civil society and academia
  { key: "solidarity", name: "Solidarity Center", acronym: "SC", kind: "NGO", country: "US" },
  { key: "ceal", name: "Centro de Estudios y Apoyo Laboral", acronym: "CEAL", kind: "NGO", country: "SV" },
  { key: "ens", name: "Escuela Nacional Sindical", acronym: "ENS", kind: "NGO", country: "CO" },
  { key: "colmex", name: "El Colegio de México", acronym: "COLMEX", kind: "ACADEMIC", country: "MX" },
  { key: "usac", name: "Universidad de San Carlos de Guatemala", acronym: "USAC", kind: "ACADEMIC", country: "GT" },
  { key: "ilssa", name: "Institute of Labour Science and Social Affairs", acronym: "ILSSA", kind: "ACADEMIC", country: "VN" },
  // Implementing partners and public bodies that host institutions
  { key: "cfcrl", name: "Centro Federal de Conciliación y Registro Laboral", acronym: "CFCRL", kind: "GOVERNMENT_MINISTRY", country: "MX" },
  { key: "padf", name: "Pan American Development Foundation", acronym: "PADF", kind: "NGO", country: "US" },
  { key: "partners", name: "Partners of the Americas", acronym: "POA", kind: "NGO", country: "US" },
  { key: "verite", name: "Verité", acronym: "Verité", kind: "NGO", country: "US" },
  { key: "eesc", name: "European Economic and Social Committee", acronym: "EESC", kind: "OTHER", country: "EU" },
  // International and review bodies
  { key: "ilo", name: "International Labour Organization", acronym: "ILO", kind: "INTERNATIONAL_ORGANISATION", country: null, iati: "XM-DAC-41302" },
  { key: "imleb", name: "Independent Mexico Labor Expert Board", acronym: "IMLEB", kind: "OTHER", country: "US" },
  { key: "tracker", name: "Labour Cooperation Tracker administration", acronym: "LCT", kind: "OTHER", country: null },
];

export const demoAccounts = [
  { email: "admin@demo.test", name: "Ada Admin", role: "ADMIN", organisation: "tracker" },
  { email: "gov.mx@demo.test", name: "Mariana López", role: "GOVERNMENT", organisation: "stps" },
  { email: "gov.us@demo.test", name: "James Carter", role: "GOVERNMENT", organisation: "ilab" },
  { email: "cso@demo.test", name: "Lucía Fernández", role: "CIVIL_SOCIETY", organisation: "tuca" },
  { email: "analyst@demo.test", name: "Anna Schmidt", role: "ANALYST", organisation: "imleb" },
] as const;

export const DEMO_PASSWORD = "demo-password";
