// Copies the IATI 2.03 reference the app is built on into the repository: the activity schema
// (lib/domain/iati/schema/, which the tests validate every export against) and the codes of the
// codelists the export and the import use (lib/domain/iati/codelists.json). Run it again when the
// standard's files change:  npx tsx scripts/iati-reference.ts [path/to/iati]   (default ../shared/iati)
import fs from "node:fs";
import path from "node:path";
import { childNamed, childrenNamed, parseXml } from "@/lib/domain/iati/xml-tree";

const source = path.resolve(process.argv[2] ?? "../shared/iati");
const target = path.resolve("lib/domain/iati");

/** The codelists the mapping in docs/iati.md draws on. */
const LISTS = [
  "ActivityDateType",
  "ActivityStatus",
  "AidType",
  "BudgetStatus",
  "BudgetType",
  "Country",
  "Currency",
  "DescriptionType",
  "DocumentCategory",
  "IndicatorMeasure",
  "Language",
  "OrganisationRole",
  "OrganisationType",
  "ResultType",
  "Sector",
  "SectorVocabulary",
  "TransactionType",
];

const codelists: Record<string, { code: string; name: string }[]> = {};
for (const list of LISTS) {
  const root = parseXml(fs.readFileSync(path.join(source, "codelists", `${list}.xml`), "utf8"));
  const items = childrenNamed(childNamed(root, "codelist-items")!, "codelist-item");
  codelists[list] = items.map((item) => ({
    code: childNamed(item, "code")!.text.trim(),
    name: (childrenNamed(childNamed(item, "name")!, "narrative").find((narrative) => !narrative.attrs["xml:lang"])?.text ?? "").trim(),
  }));
}
fs.writeFileSync(path.join(target, "codelists.json"), `${JSON.stringify(codelists, null, 1)}\n`);

fs.mkdirSync(path.join(target, "schema"), { recursive: true });
for (const file of fs.readdirSync(path.join(source, "schema"))) fs.copyFileSync(path.join(source, "schema", file), path.join(target, "schema", file));
process.stdout.write(`Wrote ${LISTS.length} codelists to lib/domain/iati/codelists.json and the schema to lib/domain/iati/schema/.\n`);
