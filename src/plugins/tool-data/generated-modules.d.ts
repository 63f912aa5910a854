/** The data modules the tool-data plugin writes at build time (see ./tool-files.ts); each tool types its own. */
declare module '@generated/tool-data/default/*.json' {
  const data: unknown;
  export default data;
}
