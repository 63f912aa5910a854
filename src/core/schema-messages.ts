/**
 * Words for schema errors. ajv says "must be equal to one of the allowed values"; a contributor needs
 * "level: "core-ish" is not one of core, recommended, advanced (use one of them)".
 */
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { ContentError } from './errors';
import { WHOLE_FILE } from './errors';
import type { PathSegment, YamlSource } from './yaml-source';

interface SchemaLike {
  description?: string;
  properties?: Record<string, unknown>;
}

export function describeSchemaError(error: ErrorObject, source: YamlSource): ContentError {
  const path = pointerToPath(error.instancePath);
  const schema = (error.parentSchema ?? {}) as SchemaLike;
  const at = (segments: PathSegment[], target: 'key' | 'value' = 'value') => ({
    file: source.file,
    position: source.locate(segments, target),
    field: fieldName(segments),
  });
  const params = error.params as Record<string, unknown>;
  const value = error.data;

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const described = (schema.properties?.[missing] as SchemaLike | undefined)?.description;
      return {
        ...at([...path, missing]),
        position: source.locate(path, path.length === 0 ? 'value' : 'key'),
        message: 'is missing',
        fix: `add a "${missing}:" line${described ? `; it holds: ${lowerFirst(described)}` : ''}`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const guess = closestName(extra, known);
      return {
        ...at([...path, extra], 'key'),
        message: 'is not a field of this kind of file',
        fix: guess ? `did you mean "${guess}"? Otherwise remove it` : `remove it, or use one of: ${known.join(', ')}`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { ...at(path), message: `${show(value)} is not one of ${allowed.join(', ')}`, fix: 'use one of them' };
    }
    case 'const':
      return { ...at(path), message: `${show(value)} is not allowed here`, fix: `use ${show(params.allowedValue)}` };
    case 'type':
      return { ...at(path), message: `must be ${typeName(String(params.type))}, not ${typeOf(value)}`, fix: typeFix(String(params.type)) };
    case 'pattern':
      return { ...at(path), message: `${show(value)} is not written the expected way`, fix: patternFix(schema) };
    case 'format':
      return { ...at(path), message: `${show(value)} is not a valid ${formatName(String(params.format))}`, fix: formatFix(String(params.format)) };
    case 'minItems':
      return { ...at(path), message: `needs at least ${plural(Number(params.limit), 'item')}`, fix: 'add the missing items, one "- " line each' };
    case 'maxItems':
      return { ...at(path), message: `has more than ${plural(Number(params.limit), 'item')}`, fix: 'keep the most important ones' };
    case 'minLength':
      return { ...at(path), message: `is too short (at least ${plural(Number(params.limit), 'character')})`, fix: 'write it out in full' };
    case 'maxLength':
      return { ...at(path), message: `is too long (at most ${plural(Number(params.limit), 'character')})`, fix: 'shorten it; longer text belongs in the guidance' };
    case 'uniqueItems':
      return {
        ...at([...path, Number(params.i)]),
        message: `repeats an item that is already in the list (item ${Number(params.j) + 1})`,
        fix: 'remove the repeated item',
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...at(path), message: `${show(value)} is out of range (${String(params.comparison)} ${String(params.limit)})`, fix: 'use a number in range' };
    case 'minProperties':
      return { ...at(path), message: 'is empty', fix: 'give at least one field, or remove it' };
    default:
      return { ...at(path), message: error.message ?? 'is not valid', fix: 'see the schema of this kind of file in schemas/' };
  }
}

/** `/sources/0/year` becomes ['sources', 0, 'year']. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** ['sources', 0, 'year'] becomes `sources[0].year`. */
export function fieldName(path: readonly PathSegment[]): string {
  if (path.length === 0) return WHOLE_FILE;
  return path.reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), '');
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return 'text';
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    array: 'a list',
    object: 'a group of fields',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}

function typeFix(type: string): string {
  const fixes: Record<string, string> = {
    string: 'write the text after the colon; put it in quotes if it starts with a number or a symbol',
    array: 'write it as a list, one "- item" per line, or [] for an empty list',
    object: 'indent its fields under it',
    integer: 'write digits only, without quotes',
    number: 'write digits only, without quotes',
    boolean: 'write true or false',
  };
  return fixes[type] ?? 'see the schema of this kind of file in schemas/';
}

function patternFix(schema: SchemaLike): string {
  return schema.description ? lowerFirst(schema.description) : 'see the schema of this kind of file in schemas/';
}

function formatName(format: string): string {
  return format === 'uri' ? 'web address' : format;
}

function formatFix(format: string): string {
  if (format === 'date') return 'write the date as YYYY-MM-DD';
  if (format === 'uri') return 'write the full address, starting with https://';
  return `write a valid ${format}`;
}

/** The known name nearest to `name`, when it is near enough to be a likely typo. */
function closestName(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(
    name.toLowerCase(),
    known.map((candidate) => candidate.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(name.length / 3));
  return distance(name.toLowerCase(), best) <= limit ? known.find((candidate) => candidate.toLowerCase() === best) : undefined;
}
