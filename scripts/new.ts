/**
 * `npm run new -- <kind> ...`: creates a new content file from a template, with the next free ID or
 * number, and says what to fill in.
 *   npm run new -- standard --domain governance
 *   npm run new -- lesson --curriculum worker-owner-foundations --title "Reading the bylaws"
 *   npm run new -- tool --title "Pay ratio calculator"
 *   npm run new -- checklist --title "Bank loan review"
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compareStandardIds } from '../src/core/model';

const TEMPLATES = path.join(__dirname, 'templates');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function slugify(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function fill(template: string, values: Record<string, string>): string {
  const text = fs.readFileSync(path.join(TEMPLATES, template), 'utf8');
  return Object.entries(values).reduce((result, [key, value]) => result.replaceAll(`__${key}__`, value), text);
}

function create(root: string, file: string, content: string, fillIn: string): string {
  const target = path.join(root, file);
  if (fs.existsSync(target)) throw new Error(`${file} already exists; choose another name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return `Created ${file}.\nFill in: ${fillIn}.\nThen run: npm run validate`;
}

/** The next ID of a domain: one more than the highest ID ever used there, retired ones included. */
export function nextStandardId(root: string, domain: string): string {
  const domainFile = path.join(root, 'standards', 'domains', `${domain}.yaml`);
  if (!fs.existsSync(domainFile)) {
    const known = fs.readdirSync(path.join(root, 'standards', 'domains')).map((name) => name.replace(/\.yaml$/, ''));
    throw new Error(`There is no domain "${domain}". Use one of: ${known.join(', ')}`);
  }
  const { prefix } = parse(fs.readFileSync(domainFile, 'utf8')) as { prefix: string };
  const folder = path.join(root, 'standards', domain);
  const used = fs.existsSync(folder) ? fs.readdirSync(folder).map((name) => name.replace(/\.yaml$/, '')).filter((id) => id.startsWith(`${prefix}-`)) : [];
  const last = used.sort(compareStandardIds).pop();
  const next = (last ? Number(last.split('-')[1]) : 0) + 1;
  return `${prefix}-${String(next).padStart(2, '0')}`;
}

function main(): string {
  const root = path.resolve(option('root') ?? process.cwd());
  const kind = process.argv[2];
  const library = parse(fs.readFileSync(path.join(root, 'standards', 'library.yaml'), 'utf8')) as { version: string };
  switch (kind) {
    case 'standard': {
      const domain = option('domain');
      if (!domain) throw new Error('Name the domain: npm run new -- standard --domain <domain>');
      const id = nextStandardId(root, domain);
      const content = fill('standard.yaml', { ID: id, DOMAIN: domain, VERSION: library.version, YEAR: String(new Date().getFullYear()) });
      return create(root, `standards/${domain}/${id}.yaml`, content, 'title, statement, rationale, guidance, evidence, level, stages, pathways, audiences, related, sources');
    }
    case 'lesson': {
      const curriculum = option('curriculum');
      const title = option('title') ?? 'New lesson';
      if (!curriculum) throw new Error('Name the curriculum: npm run new -- lesson --curriculum <curriculum> --title "..."');
      const folder = path.join(root, 'docs', 'curricula', curriculum);
      if (!fs.existsSync(folder)) throw new Error(`There is no curriculum "${curriculum}" in docs/curricula/.`);
      const position = fs.readdirSync(folder).filter((name) => /^\d+-/.test(name)).length + 1;
      const number = String(position).padStart(2, '0');
      const content = fill('lesson.mdx', { TITLE: title, POSITION: String(position) });
      return create(root, `docs/curricula/${curriculum}/${number}-${slugify(title)}.mdx`, content, 'summary, audience, duration, objectives, key questions, key points, materials, standards, and each section of the body');
    }
    case 'tool': {
      const title = option('title') ?? 'New tool';
      return create(root, `docs/tools/${slugify(title)}.mdx`, fill('tool.mdx', { TITLE: title }), 'summary, kind, audience, standards, and the explanation');
    }
    case 'checklist': {
      const slug = slugify(option('title') ?? 'new-checklist');
      return create(root, `standards/checklists/${slug}.yaml`, fill('checklist.yaml', { SLUG: slug }), 'title and purpose in English and Spanish, audiences, and the selection');
    }
    default:
      throw new Error('Say what to create: npm run new -- standard | lesson | tool | checklist (see the top of scripts/new.ts)');
  }
}

try {
  console.log(main());
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
