import Link from "next/link";
import type { ReactNode } from "react";

/** A labelled select of a GET filter form, with a first choice that sets no filter. */
export function FilterSelect({
  form,
  name,
  label,
  value,
  any,
  options,
}: {
  /** The filter form's name, which makes the select's id unique on the page. */
  form: string;
  name: string;
  label: string;
  value: string | number | undefined;
  /** The label of the choice that sets no filter; none when the filter always has a value. */
  any?: string;
  options: readonly { value: string; label: string }[];
}) {
  const id = `${form}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled input of a GET filter form: a search box by default, or text, a number or a date. */
export function FilterInput({
  form,
  name,
  label,
  value,
  type = "search",
  ...rest
}: {
  form: string;
  name: string;
  label: string;
  value: string | number | undefined;
  type?: "search" | "text" | "number" | "date";
  min?: number;
  max?: number;
}) {
  const id = `${form}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} defaultValue={value ?? ""} {...rest} />
    </div>
  );
}

/**
 * A list page's GET filter form: the filters, an apply button and a link that clears them, and
 * beneath it, when some filters were refused, what was wrong with them.
 */
export function FilterForm({
  label,
  clearHref,
  applyLabel,
  clearLabel,
  problems,
  search = false,
  children,
}: {
  label: string;
  clearHref: string;
  applyLabel: string;
  clearLabel: string;
  /** The refused filters, said in words; nothing when all were understood. */
  problems?: string;
  /** The form searches the list (announced as a search landmark). */
  search?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <form method="get" className="filters" aria-label={label} role={search ? "search" : undefined}>
        {children}
        <div>
          <button type="submit" className="button">
            {applyLabel}
          </button>{" "}
          <Link href={clearHref}>{clearLabel}</Link>
        </div>
      </form>
      {problems && (
        <p role="alert" className="form-message form-message-error">
          {problems}
        </p>
      )}
    </>
  );
}
