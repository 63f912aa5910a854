/**
 * Office files are ZIP archives, and their writers stamp each entry and the document properties with
 * the current time. Repacking with one fixed date makes two builds of the same sources byte-identical.
 */
import JSZip from 'jszip';

export async function repackZip(buffer: Buffer | Uint8Array, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(buffer);
  const target = new JSZip();
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name]!.dir)
    .sort();
  const texts = new Map<string, string>();
  for (const name of names) {
    if (/\.(xml|rels)$/.test(name)) texts.set(name, await source.files[name]!.async('string'));
  }
  const renumber = randomIdMap([...texts.values()].join('\n'));
  for (const name of names) {
    let content: string | Uint8Array = texts.get(name) ?? (await source.files[name]!.async('uint8array'));
    if (typeof content === 'string') {
      content = content.replace(/"(rId[^"]*)"/g, (quoted, id: string) => (renumber.has(id) ? `"${renumber.get(id)}"` : quoted));
      if (name === 'docProps/core.xml') content = content.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
    }
    target.file(name, content, { date, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

/** Relationship IDs made of random letters (the docx writer makes them for links), numbered in order of use. */
function randomIdMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of text.matchAll(/\bId="(rId[^"]*)"/g)) {
    const id = match[1]!;
    if (!/^rId\d+$/.test(id) && !map.has(id)) map.set(id, `rIdLink${map.size + 1}`);
  }
  return map;
}
