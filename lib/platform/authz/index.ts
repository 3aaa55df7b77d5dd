export type { Actor, Viewer } from "./actor";
export { can, inScope, type Scope } from "./can";
export { PERMISSIONS, roleMay, type Permission } from "./permissions";
export { requirePermission, requireSignedIn } from "./require";
export * from "./where";
