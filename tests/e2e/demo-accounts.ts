import path from "node:path";

export const DEMO_PASSWORD = "demo-password";

/** The demo accounts of the README, with what each role's navigation must and must not offer. */
export const ROLES = {
  admin: { email: "admin@demo.test", name: "Ada Admin", role: "Administrator", links: ["My work", "Users", "Organisations", "Audit trail", "API tokens"], hidden: [] },
  govMx: { email: "gov.mx@demo.test", name: "Mariana López", role: "Government", links: ["My work", "API tokens"], hidden: ["Users", "Organisations", "Audit trail"] },
  govUs: { email: "gov.us@demo.test", name: "James Carter", role: "Government", links: ["My work", "API tokens"], hidden: ["Users", "Organisations", "Audit trail"] },
  cso: { email: "cso@demo.test", name: "Lucía Fernández", role: "Civil society", links: ["My work", "API tokens"], hidden: ["Users", "Organisations", "Audit trail"] },
  analyst: { email: "analyst@demo.test", name: "Anna Schmidt", role: "Analyst", links: ["My work", "Audit trail", "API tokens"], hidden: ["Users", "Organisations"] },
} as const;

export type RoleKey = keyof typeof ROLES;

/** Where the setup project keeps each role's signed-in browser state. */
export const storageStateOf = (role: RoleKey) => path.join("test-results", ".auth", `${role}.json`);
