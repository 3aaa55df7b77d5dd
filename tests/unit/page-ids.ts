import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";

// A page's HTML as the server sends it, for checks of its ids and labels. Async server components
// are called with their props, the way React does on the server; client components render as on
// the server's first pass.

async function resolve(node: unknown): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (!isValidElement(node)) return node as ReactNode;
  const { type, props } = node as ReactElement<{ children?: ReactNode }>;
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") return resolve(await (type as (p: unknown) => Promise<ReactNode>)(props));
  if (props.children === undefined) return node;
  return cloneElement(node as ReactElement<{ children?: ReactNode }>, { children: await resolve(props.children) });
}

export async function pageHtml(node: ReactNode): Promise<string> {
  return renderToString(await resolve(node));
}

/** Every id the HTML gives more than once. */
export function repeatedIds(html: string): string[] {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Each form's labels whose control is not in that same form (or not there at all). */
export function labelsOutsideTheirForm(html: string): string[] {
  return [...html.matchAll(/<form[\s>][\s\S]*?<\/form>/g)].flatMap(([form]) => {
    const ids = new Set([...form.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]));
    return [...form.matchAll(/<label[^>]*\sfor="([^"]*)"/g)].map((match) => match[1]!).filter((target) => !ids.has(target));
  });
}

/** The ids the controls' aria-describedby name that are nowhere on the page. */
export function missingDescriptions(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]));
  return [...html.matchAll(/aria-describedby="([^"]*)"/g)].flatMap((match) => match[1]!.split(" ")).filter((id) => !ids.has(id));
}
