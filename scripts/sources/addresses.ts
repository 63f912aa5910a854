/**
 * Every source address in the library's data, with its place: the `url` of each source (standards,
 * case studies, organizations, figures, tool data, the front matter of audience pages) and each
 * organization's `website`. Translations hold no addresses, and released snapshots are not read: a
 * release keeps the addresses it was published with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findFiles } from '../check/files';

export interface SourceAddress {
  readonly url: string;
  /** Where it is written: the file (relative to the root), the 1-based line and column of the address. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The folders whose data holds sources, and the kinds of files read there. */
const FOLDERS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['standards', new Set(['.yaml'])],
  ['tool-data', new Set(['.yaml'])],
  ['docs', new Set(['.md', '.mdx'])],
];

/** A line that gives an address: `url: …` (also as the first key of a list item) or `website: …`. */
const ADDRESS_LINE = /^(\s*(?:-\s+)?(?:url|website):\s*)(["']?)(https?:\/\/[^\s"']+)\2\s*$/;

export function findSourceAddresses(root: string): SourceAddress[] {
  return FOLDERS.flatMap(([folder, extensions]) => findFiles(root, folder, extensions))
    .filter((file) => !file.includes('/i18n/') && !file.startsWith('standards/releases/'))
    .flatMap((file) =>
      fs
        .readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((text, index) => {
          const match = ADDRESS_LINE.exec(text);
          if (!match) return [];
          return [{ url: match[3]!, file, line: index + 1, column: match[1]!.length + match[2]!.length + 1 }];
        }),
    );
}

/** The addresses by URL, each with every place it is written, in the order first met. */
export function groupByUrl(addresses: readonly SourceAddress[]): Map<string, SourceAddress[]> {
  const groups = new Map<string, SourceAddress[]>();
  for (const address of addresses) groups.set(address.url, [...(groups.get(address.url) ?? []), address]);
  return groups;
}
