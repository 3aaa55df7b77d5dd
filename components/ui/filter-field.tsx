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

/** A labelled text input of a GET filter form. */
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
  type?: "search" | "number";
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
