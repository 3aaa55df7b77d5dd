import type { JsonSchema } from "./json-schema";

// Reading the generated document back as the rows of the /api-docs tables: a field's name, a short
// type, whether it is required and what it means.

export type FieldRow = { name: string; type: string; required: "yes" | "no" | "depends"; description?: string };

/** A short, readable type: `string`, `integer (1–100)`, `one of: A, B`, `array of string`, `string or number`. */
export function typeLabel(schema: JsonSchema | undefined): string {
  if (!schema || Object.keys(schema).length === 0) return "any";
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map(String).join(", ")}`;
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union) return [...new Set(union.map(typeLabel))].join(" or ");
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : String(schema.type ?? "any");
  if (type === "array") return `array of ${typeLabel(schema.items as JsonSchema | undefined)}`;
  if (schema.format === "binary") return "file";
  if (typeof schema.format === "string") return `${type} (${schema.format})`;
  if (type === "integer" || type === "number") {
    const min = schema.minimum ?? schema.exclusiveMinimum;
    const max = schema.maximum;
    if (typeof min === "number" && typeof max === "number" && max < Number.MAX_SAFE_INTEGER) return `${type} (${min}–${max})`;
  }
  return type;
}

/**
 * The fields of an object schema. For a union of objects (a program, whose type decides its
 * details), every branch's fields: required in all branches is "yes", in some "depends".
 */
export function fieldRows(schema: JsonSchema): FieldRow[] {
  const branches = ((schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined) ?? [schema];
  const rows = new Map<string, FieldRow & { requiredIn: number; types: Set<string> }>();
  for (const branch of branches) {
    const required = new Set(branch.required ?? []);
    for (const [name, property] of Object.entries(branch.properties ?? {})) {
      const row = rows.get(name) ?? { name, type: "", required: "no", description: property.description, requiredIn: 0, types: new Set<string>() };
      row.types.add(typeLabel(property));
      if (required.has(name)) row.requiredIn += 1;
      rows.set(name, row);
    }
  }
  return [...rows.values()].map(({ requiredIn, types, ...row }) => ({
    ...row,
    type: [...types].join(" or "),
    required: requiredIn === 0 ? "no" : requiredIn === branches.length ? "yes" : "depends",
  }));
}

/** The schema a `#/components/schemas/Name` reference points to. */
export function resolveSchema(reference: { $ref?: string } | undefined, schemas: Record<string, unknown>): JsonSchema | undefined {
  const name = reference?.$ref?.replace(/^#\/components\/schemas\//, "");
  return name ? (schemas[name] as JsonSchema | undefined) : undefined;
}
