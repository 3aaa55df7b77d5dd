import "server-only";
import type { ArgumentKey } from "./verdicts";

export type Quotation = {
  key: "annan" | "marshall" | "scherrer" | "ilo";
  /** The words, as the source document gives them (in English, the language they were written in). */
  text: string;
  /** Who said it, as the page writes the name. */
  speaker: string;
  /** The name as the source document spells it, when the page corrects it. */
  speakerInDocument?: string;
  /** Where it was said or written, as the source document cites it. */
  source: string;
  /** The argument the quotation speaks to, beside which the page sets it. */
  argument: ArgumentKey;
};

/** The four quotations of the source document's "What they said", each beside the argument it bears on. */
export const QUOTATIONS: Quotation[] = [
  {
    key: "annan",
    text: "The only route that offers any hope of a better future for all humanity is that of cooperation and partnership.",
    // The document writes "Koffi"; the Secretary-General's name is Kofi.
    speaker: "Kofi Annan",
    speakerInDocument: "Koffi Annan",
    source: "Speech pronounced at the UN General Assembly on 24 September 2001",
    argument: "for1",
  },
  {
    key: "marshall",
    text: "It is precisely the countries that permit the greatest exploitation (in other words, primarily the industrialising countries) that set the standards for the rest of the world.",
    speaker: "Ray Marshall, former Secretary of Labour of the United States",
    source:
      "“The Importance of International Labour Standards in a more competitive global economy”, in Sengenberger W. and Campbell D., “International Labour and Labour Interdependence”. International Institute for Labour Studies, Geneva, 1994",
    argument: "against1",
  },
  {
    key: "scherrer",
    text: "The central objection to social clauses in trade agreements is generally that they violate the sovereignty of nation states by prescribing their social policy.",
    speaker: "Christoph Scherrer",
    source: "«The Economic and Political Arguments for and against Social Clauses». Intereconomics: Review of European Economic Policy, vol. 31, n°1, January 1996",
    argument: "against2",
  },
  {
    key: "ilo",
    text: "Social dialogue is defined by the International Labour Office to include all types of negotiation, consultation or simply exchange of information between, or among, representatives of governments, employers and workers, on issues of common interest relating to economic and social policy.",
    speaker: "International Labour Office (ILO)",
    source: "«Social Dialogue: Seeking a common voice». Geneva, 2005",
    argument: "for3",
  },
];
