import type { ReactNode } from "react";

type Common = {
  name: string;
  label: string;
  /** Problems with this field, shown under it and announced with it. */
  errors?: string[];
  hint?: string;
  required?: boolean;
};

function describedBy(name: string, errors?: string[], hint?: string) {
  const ids = [hint && `${name}-hint`, errors?.length && `${name}-error`].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldShell({ name, label, errors, hint, children }: Common & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={`field-${name}`}>{label}</label>
      {hint && (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      {errors?.length ? (
        <p id={`${name}-error`} className="field-error">
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
        id={`field-${common.name}`}
        name={common.name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common.name, common.errors, common.hint)}
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
        id={`field-${common.name}`}
        name={common.name}
        defaultValue={defaultValue}
        onChange={onChange && ((event) => onChange(event.target.value))}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common.name, common.errors, common.hint)}
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
        id={`field-${common.name}`}
        name={common.name}
        rows={rows}
        defaultValue={defaultValue}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common.name, common.errors, common.hint)}
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
        id={`field-${common.name}`}
        name={common.name}
        multiple
        size={size}
        defaultValue={defaultValue}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common.name, common.errors, common.hint)}
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
