// A refusal a schema left zod to word reaches its reader in the reader's language too: zod writes
// only English.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { renderFieldErrors } from "@/lib/platform/i18n/render-problem";

const schema = z.strictObject({
  name: z.string(),
  code: z.string().min(2),
  tags: z.array(z.string()).max(1),
  count: z.number().max(10),
  kind: z.enum(["A", "B"]),
  email: z.email().optional(),
  note: z.string().max(5, "Keep the note short."),
});

const errors = fieldErrorsOf(schema.safeParse({ code: "x", tags: ["a", "b"], count: 11, kind: "C", email: "nope", note: "too long", extra: 1 }).error!);

describe("zod's own messages", () => {
  it("are said in Spanish", () => {
    expect(renderFieldErrors(errors, "es")).toEqual({
      name: ["Indique un valor aquí."],
      code: ["Escriba al menos 2 caracteres."],
      tags: ["Indique como máximo 1 elemento."],
      count: ["Indique un número igual o menor que 10."],
      kind: ["Elija uno de los valores ofrecidos."],
      email: ["Este valor no tiene el formato esperado."],
      note: ["Keep the note short."],
      _: ["Quite los campos que esta solicitud no admite: extra."],
    });
  });

  it("are said in English and French, a wrong type with what was expected", () => {
    const wrong = fieldErrorsOf(z.object({ count: z.number() }).safeParse({ count: "3" }).error!);
    expect(renderFieldErrors(wrong, "en")).toEqual({ count: ["This is not a valid value here (number expected)."] });
    expect(renderFieldErrors(wrong, "fr")).toEqual({ count: ["Cette valeur n’est pas valide ici (number attendu)."] });
  });
});
