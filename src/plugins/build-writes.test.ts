import { describe, expect, it } from 'vitest';
import { buildWritten, writingBuild } from './build-writes';

const later = (ms: number, log: string[], entry: string) => new Promise<void>((resolve) => setTimeout(() => (log.push(entry), resolve()), ms));

describe('waiting for the steps that write into a build', () => {
  it('waits for every writer of the folder, even one started after the reader', async () => {
    const log: string[] = [];
    const reading = buildWritten('/out').then(() => log.push('read'));
    // Started in the same pass, after the reader, as Docusaurus may order the plugins.
    void writingBuild('/out', () => later(30, log, 'pages secured'));
    void writingBuild('/other', () => later(60, log, 'other folder'));
    await reading;
    expect(log).toEqual(['pages secured', 'read']);
  });

  it('stops the reader when a writer failed', async () => {
    // Docusaurus reports the writer's own failure; the reader must not go on as if the pages were complete.
    writingBuild('/failed', () => Promise.reject(new Error('disk full'))).catch(() => undefined);
    await expect(buildWritten('/failed')).rejects.toThrow(/A step that writes into \/failed failed/);
  });
});
