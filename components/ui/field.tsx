import type { ReactNode } from "react";

type Common = {
  name: string;
  /** The control's id, when the page shows the same field name in several forms; `field-<name>` otherwise. */
  id?: string;
  label: string;
  /** Problems with this field, shown under it and announced with it. */
  errors?: string[];
  hint?: string;
  required?: boolean;
};

/** The ids of a field's control, hint and error message. */
function idsOf({ name, id }: Pick<Common, "name" | "id">) {
  const base = id ?? name;
  return { control: id ?? `field-${name}`, hint: `${base}-hint`, error: `${base}-error` };
}

function describedBy(common: Common) {
  const ids = idsOf(common);
  const list = [common.hint && ids.hint, common.errors?.length && ids.error].filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

function FieldShell({ children, ...common }: Common & { children: ReactNode }) {
  const { label, errors, hint } = common;
  const ids = idsOf(common);
  return (
    <div className="field">
      <label htmlFor={ids.control}>{label}</label>
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      {errors?.length ? (
        <p id={ids.error} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose errors and hint are tied to it for screen readers. */
export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  ...common
}: Common & { type?: string; defaultValue?: string; autoComplete?: string }) {
  return (
    <FieldShell {...common}>
      <input
        id={idsOf(common).control}
        name={common.name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common)}
      />
    </FieldShell>
  );
}

/** A labelled select; `options` are value/label pairs. `onChange` (client components only) hears each choice. */
export function SelectField({
  options,
  defaultValue,
  onChange,
  ...common
}: Common & { options: { value: string; label: string }[]; defaultValue?: string; onChange?: (value: string) => void }) {
  return (
    <FieldShell {...common}>
      <select
        id={idsOf(common).control}
        name={common.name}
        defaultValue={defaultValue}
        onChange={onChange && ((event) => onChange(event.target.value))}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A labelled checkbox. */
export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <div className="field field-checkbox">
      <input id={`field-${name}`} name={name} type="checkbox" value="on" defaultChecked={defaultChecked} />
      <label htmlFor={`field-${name}`}>{label}</label>
    </div>
  );
}

/** A labelled text area. */
export function TextAreaField({ defaultValue, rows = 5, ...common }: Common & { defaultValue?: string; rows?: number }) {
  return (
    <FieldShell {...common}>
      <textarea
        id={idsOf(common).control}
        name={common.name}
        rows={rows}
        defaultValue={defaultValue}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common)}
      />
    </FieldShell>
  );
}

/** A labelled select of several values; the form sends the field once per chosen value. */
export function MultiSelectField({
  options,
  defaultValue,
  size = 8,
  ...common
}: Common & { options: { value: string; label: string }[]; defaultValue?: string[]; size?: number }) {
  return (
    <FieldShell {...common}>
      <select
        id={idsOf(common).control}
        name={common.name}
        multiple
        size={size}
        defaultValue={defaultValue}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
