/** The data modules the standards plugin writes at build time (curricula.json: see ./index.ts). */
declare module '@generated/standards/default/*.json' {
  const data: unknown;
  export default data;
}
