import { register } from "node:module";

// Resolves `server-only` as React server code does (to its empty module), and nothing else.
const HOOK = `export async function resolve(specifier, context, next) {
  if (specifier !== "server-only") return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;

let registered = false;

/**
 * Lets this process (the launcher, `npm run worker`) import the data-access modules, which start
 * with `import "server-only"` to keep them out of client bundles: outside Next.js that import would
 * throw. Call it before importing them dynamically (a static import is resolved before any code runs).
 */
export function allowServerOnlyModules(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  registered = true;
}
