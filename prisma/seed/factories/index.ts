// Factories: each fills what the caller leaves out with valid, unique values, so a test names only
// what it is about. Every table has one row builder (`programRow`, `transactionRow` …) shared by
// the single factory (`createProgram`, one create, related rows made when missing) and the bulk one
// (`createPrograms`, one createMany). The demo seed (../demo) writes its fixed rows with the bulk
// factories, the integration tests with the single ones, and the bench data generator (bench/data)
// passes its rows through the same builders before writing them with plain SQL.
export * from "./agreements";
export * from "./comments";
export * from "./documents";
export * from "./exchanges";
export * from "./funding";
export * from "./meetings";
export * from "./monitoring";
export * from "./organisations";
export * from "./plans";
export * from "./programs";
export { unique } from "./row";
