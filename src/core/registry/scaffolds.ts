/**
 * How `npm run new` starts a file of each kind that contributors add by hand: from a template in
 * scripts/templates/, with the next free ID or number filled in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compareStandardIds } from '../model';
import { todayInUtc } from '../rules/dated-facts';
import type { Scaffold } from './types';

const TEMPLATES = path.join(__dirname, '..', '..', '..', 'scripts', 'templates');

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function fill(template: string, values: Record<string, string>): string {
  const text = fs.readFileSync(path.join(TEMPLATES, template), 'utf8');
  return Object.entries(values).reduce((result, [key, value]) => result.replaceAll(`__${key}__`, value), text);
}

function libraryVersion(root: string): string {
  return (parse(fs.readFileSync(path.join(root, 'standards', 'library.yaml'), 'utf8')) as { version: string }).version;
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
  const used = fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .map((name) => name.replace(/\.yaml$/, ''))
        .filter((id) => id.startsWith(`${prefix}-`))
    : [];
  const last = used.sort(compareStandardIds).pop();
  const next = (last ? Number(last.split('-')[1]) : 0) + 1;
  return `${prefix}-${String(next).padStart(2, '0')}`;
}

export const standardScaffold: Scaffold = {
  command: 'standard',
  usage: '--domain <domain>',
  create: (root, { domain }) => {
    if (!domain) throw new Error('Name the domain: npm run new -- standard --domain <domain>');
    const id = nextStandardId(root, domain);
    const content = fill('standard.yaml', { ID: id, DOMAIN: domain, VERSION: libraryVersion(root), YEAR: String(new Date().getFullYear()), TODAY: todayInUtc() });
    return { file: `standards/${domain}/${id}.yaml`, content, fillIn: 'title, statement, rationale, guidance, evidence, level, stages, pathways, audiences, related, sources' };
  },
};

export const lessonScaffold: Scaffold = {
  command: 'lesson',
  usage: '--curriculum <curriculum> --title "..."',
  create: (root, { curriculum, title = 'New lesson' }) => {
    if (!curriculum) throw new Error('Name the curriculum: npm run new -- lesson --curriculum <curriculum> --title "..."');
    const folder = path.join(root, 'docs', 'curricula', curriculum);
    if (!fs.existsSync(folder)) throw new Error(`There is no curriculum "${curriculum}" in docs/curricula/.`);
    const position = fs.readdirSync(folder).filter((name) => /^\d+-/.test(name)).length + 1;
    const number = String(position).padStart(2, '0');
    const content = fill('lesson.mdx', { TITLE: title, POSITION: String(position) });
    return {
      file: `docs/curricula/${curriculum}/${number}-${slugify(title)}.mdx`,
      content,
      fillIn: 'summary, audience, duration, objectives, key questions, key points, materials, standards, and each section of the body',
    };
  },
};

export const toolScaffold: Scaffold = {
  command: 'tool',
  usage: '--title "..."',
  create: (_root, { title = 'New tool' }) => ({
    file: `docs/tools/${slugify(title)}.mdx`,
    content: fill('tool.mdx', { TITLE: title }),
    fillIn: 'summary, kind, audience, standards, and the explanation',
  }),
};

export const checklistScaffold: Scaffold = {
  command: 'checklist',
  usage: '--title "..."',
  create: (_root, { title }) => {
    const slug = slugify(title ?? 'new-checklist');
    return {
      file: `standards/checklists/${slug}.yaml`,
      content: fill('checklist.yaml', { SLUG: slug }),
      fillIn: 'title and purpose in English and Spanish, audiences, and the selection',
    };
  },
};

/** A new YAML record of standards/<folder>/ whose ID and file name come from `name`. */
function namedRecord(folder: string, template: string, command: string, name: string | undefined) {
  if (!name) throw new Error(`Give the name: npm run new -- ${command} --name "..."`);
  const id = slugify(name);
  const file = `standards/${folder}/${id}.yaml`;
  const today = todayInUtc();
  return { file, content: fill(template, { ID: id, NAME: name, YEAR: today.slice(0, 4), TODAY: today }) };
}

export const organizationScaffold: Scaffold = {
  command: 'organization',
  usage: '--name "..."',
  create: (_root, { name }) => ({
    ...namedRecord('organizations', 'organization.yaml', 'organization', name),
    fillIn: 'services, serves, languages, based_in, website, summary in English and Spanish, and the sources you checked',
  }),
};

export const caseScaffold: Scaffold = {
  command: 'case',
  usage: '--name "..."',
  create: (_root, { name }) => ({
    ...namedRecord('case-studies', 'case-study.yaml', 'case', name),
    fillIn: 'every field, in English and Spanish, each fact from a source you list under sources',
  }),
};
