/**
 * Docusaurus starts every plugin's postBuild at once and waits for them together. The CSP plugin rewrites
 * every page and the standards plugin writes files, so a step that reads the finished pages (the offline
 * plugin fingerprints them for the saved copies) must wait for them: otherwise what it reads, and so what
 * it writes, would depend on timing. A plugin that writes into the build wraps its postBuild in
 * `writingBuild`; a step that reads it awaits `buildWritten`.
 */
const writes = new Map<string, Set<Promise<unknown>>>();

/** Runs a postBuild step that writes into `outDir`, announcing it at once to readers of that folder. */
export function writingBuild<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const promise = work();
  const pending = writes.get(outDir) ?? new Set<Promise<unknown>>();
  pending.add(promise);
  writes.set(outDir, pending);
  return promise;
}

/**
 * Resolves when every writer of `outDir` has finished. Docusaurus starts all postBuild steps in one
 * synchronous pass, so after one turn of the event loop every writer has announced itself, whichever
 * order the plugins are listed in.
 */
export async function buildWritten(outDir: string): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const pending = [...(writes.get(outDir) ?? [])];
  writes.delete(outDir);
  const results = await Promise.allSettled(pending);
  if (results.some((result) => result.status === 'rejected')) throw new Error(`A step that writes into ${outDir} failed; the offline copy is not made.`);
}
