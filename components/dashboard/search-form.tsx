/**
 * A plain GET search form: it works without JavaScript and keeps the search in the URL. Its box
 * takes the column's whole width, with the button beside it, or beneath it on a narrow phone.
 */
export function SearchForm({ label, submit, value = "" }: { label: string; submit: string; value?: string }) {
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <label htmlFor="site-search">{label}</label>
      <div className="search-form-row">
        <input id="site-search" name="q" type="search" defaultValue={value} maxLength={200} />
        <button type="submit" className="button">
          {submit}
        </button>
      </div>
    </form>
  );
}
