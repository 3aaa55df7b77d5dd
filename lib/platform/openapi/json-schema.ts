import { z } from "zod";
import { WHOLE_NUMBERS } from "@/lib/platform/validation";
import { fieldNote } from "./field-notes";

export type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; required?: string[]; description?: string };

/**
 * A zod schema as the JSON Schema (draft 2020-12, which OpenAPI 3.1 uses) of what a client sends:
 * the input side, so that transforms, coercions and defaults describe the accepted input rather
 * than the parsed value, and anything zod cannot represent (a custom check, a file) becomes a
 * permissive `{}` instead of failing the whole document.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    // A whole number is documented as the integer it stands for (lib/platform/validation.ts), with its default if it has one.
    override: ({ zodSchema, jsonSchema }) => {
      const { def } = (zodSchema as unknown as z.ZodType)._zod;
      const withDefault = def.type === "default" ? (def as unknown as { innerType: z.ZodType; defaultValue: unknown }) : undefined;
      const documented = WHOLE_NUMBERS.get(withDefault?.innerType ?? (zodSchema as unknown as z.ZodType))?.jsonSchema;
      if (!documented) return;
      const { description } = jsonSchema;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, documented, withDefault && { default: withDefault.defaultValue }, description !== undefined && { description });
    },
  }) as JsonSchema;
  return describeFields(json);
}

/** Adds the shared field notes to the properties (of each branch of a union) that have no description. */
function describeFields(json: JsonSchema): JsonSchema {
  for (const branch of [json, ...((json.oneOf ?? json.anyOf ?? []) as JsonSchema[])]) {
    for (const [name, property] of Object.entries(branch.properties ?? {})) {
      const note = fieldNote(name);
      if (note && !property.description) property.description = note;
    }
  }
  return json;
}

export type QueryParameter = { name: string; in: "query"; required: boolean; description?: string; schema: JsonSchema };

/** The query parameters an object schema reads, one per property. */
export function queryParameters(schema: z.ZodObject): QueryParameter[] {
  const json = inputJsonSchema(schema);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: "query" as const,
    required: required.has(name),
    ...(description && { description }),
    schema: property,
  }));
}
