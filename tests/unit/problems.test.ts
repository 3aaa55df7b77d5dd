// Errors and validation messages are named by key and said in the reader's language.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { named, problem, readProblem } from "@/lib/platform/i18n/problem";
import { renderFieldErrors, renderProblem } from "@/lib/platform/i18n/render-problem";
import { ZText } from "@/lib/platform/validation";

describe("problem references", () => {
  it("carry their key and values through a string and back", () => {
    const text = problem("Validation.fieldTooLong", { field: named("Field.title"), max: 300 });
    expect(readProblem(text)).toEqual({ key: "Validation.fieldTooLong", values: { field: { $key: "Field.title" }, max: 300 } });
    expect(readProblem("Enter the title.")).toBeNull();
  });

  it("are said in each language, a field's name included, with numbers formatted for it", () => {
    const text = problem("Validation.fieldTooLong", { field: named("Field.title"), max: 2000 });
    expect(renderProblem(text, "en")).toBe("Keep the title under 2,000 characters.");
    expect(renderProblem(text, "es")).toBe("Escriba el título en menos de 2000 caracteres.");
    expect(renderProblem(text, "fr")).toMatch(/^Écrivez le titre en moins de 2\u202f000 caractères\.$/);
    expect(renderProblem(text, "vi")).toBe("Viết tiêu đề trong ít hơn 2.000 ký tự.");
  });

  it("leave plain text as it is", () => {
    expect(renderProblem("Already in words.", "fr")).toBe("Already in words.");
  });
});

describe("AppError", () => {
  it("reads in English for logs and in the reader's language on demand, fields included", () => {
    const error = new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { name: [problem("Validation.country")] } });
    expect(error.message).toBe("Some fields need attention.");
    expect(error.fieldErrors).toEqual({ name: ["Choose a country from the list."] });
    expect(error.in("es")).toEqual({ message: "Algunos campos requieren su atención.", fieldErrors: { name: ["Elija un país de la lista."] } });
  });

  it("names the record a stale edit was refused on, with the right word in each language", () => {
    const error = staleRecord("measure", 3, 5);
    expect(error.message).toBe("Someone else changed this measure since you started editing (you started from version 3; it is now version 5). Nothing was saved.");
    expect(error.in("es").message).toContain("esta medida");
    expect(error.in("fr").message).toContain("cette mesure");
    expect(staleRecord("plan", 3, null).in("vi").message).toContain("kế hoạch này");
  });
});

describe("zod messages", () => {
  it("come out of validation as references, rendered per language", () => {
    const result = z.object({ title: ZText("Field.title", 5) }).safeParse({ title: "" });
    const errors = fieldErrorsOf(result.error!);
    expect(renderFieldErrors(errors, "en")).toEqual({ title: ["Enter the title."] });
    expect(renderFieldErrors(errors, "fr")).toEqual({ title: ["Saisissez le titre."] });
  });
});
