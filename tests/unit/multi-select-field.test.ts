// The field for choosing several values (countries, topics, provisions): real checkboxes under a
// labelled search box, the chosen ones counted and removable, sent once per chosen value.
import type * as React from "react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { MultiSelectField } from "@/components/ui/multi-select-field";
import { FormIdScope } from "@/components/ui/form-id";
import forms from "@/lib/platform/i18n/messages/en/forms.json";

const countries = [
  { value: "MX", label: "Mexico" },
  { value: "US", label: "United States" },
  { value: "CA", label: "Canada" },
];

function render(props: Partial<React.ComponentProps<typeof MultiSelectField>> = {}) {
  const field = createElement(MultiSelectField, { name: "beneficiaryCountries", label: "Beneficiary countries", options: countries, defaultValue: ["US", "CA"], ...props });
  const config: Omit<React.ComponentProps<typeof NextIntlClientProvider>, "children"> = { locale: "en", timeZone: "UTC", messages: forms };
  return renderToString(createElement(NextIntlClientProvider, config as React.ComponentProps<typeof NextIntlClientProvider>, createElement(FormIdScope as React.FC<{ id: string }>, { id: "program" }, field)));
}

describe("a field of several values", () => {
  it("is a group named by its legend, of checkboxes sent under the field's name, the chosen ones ticked", () => {
    const html = render();
    expect(html).not.toContain("<select");
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Beneficiary countries<\/legend>/);
    expect(html.match(/type="checkbox" name="beneficiaryCountries"/g)).toHaveLength(3);
    expect(html).toContain('id="program-beneficiaryCountries-US" type="checkbox" name="beneficiaryCountries" checked="" value="US"');
    expect(html).toContain('name="beneficiaryCountries" value="MX"/>');
    expect(html).toContain('<label for="program-beneficiaryCountries-MX">Mexico</label>');
  });

  it("has a labelled search box, says how many are chosen, and shows each chosen one as a button that removes it", () => {
    const html = render();
    expect(html).toContain('<label for="program-beneficiaryCountries">Search Beneficiary countries</label>');
    expect(html).toMatch(/<input id="program-beneficiaryCountries" type="search"/);
    expect(html).toMatch(/role="status"[^>]*>2 chosen<\/p>/);
    expect(html).toContain('aria-label="Remove United States"');
    expect(html).toContain('aria-label="Remove Canada"');
    expect(html).not.toContain("Remove Mexico");
  });

  it("ties its hint and errors to the group", () => {
    const html = render({ hint: "Where the program works.", errors: ["Choose countries from the list."] });
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="program-beneficiaryCountries-hint program-beneficiaryCountries-error"/);
    expect(html).toContain('id="program-beneficiaryCountries-error" class="field-error">Choose countries from the list.');
  });
});
