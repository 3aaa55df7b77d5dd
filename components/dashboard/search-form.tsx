/** A plain GET search form: it works without JavaScript and keeps the search in the URL. */
export function SearchForm({ label, submit, value = "" }: { label: string; submit: string; value?: string }) {
  return (
    <form action="/search" method="get" role="search" className="filters">
      <label htmlFor="site-search">{label}</label>
      <input id="site-search" name="q" type="search" defaultValue={value} maxLength={200} />
      <button type="submit" className="button">
        {submit}
      </button>
    </form>
  );
}
