/**
 * Judges the attributes written on an allowed component against the policy: every attribute must be
 * one the component takes, written once as name="value", with a value of the right shape; required
 * attributes must be there.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { AttributeShape, ComponentPolicy } from './mdx-policy';
import { judgeAddress } from './url-safety';

/** A problem with one attribute, before the file and position are added. */
export interface AttributeProblem {
  /** The attribute the problem is on; undefined for a missing attribute, which is reported on the element. */
  readonly place?: { position?: { start: { line: number; column: number } } };
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

export function judgeAttributes(element: Element, name: string, policy: ComponentPolicy): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  const taken = Object.keys(policy.attributes);
  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ place: attribute, field: `<${name}>`, message: 'attributes spread from code ({...}) are not allowed', fix: 'write each attribute as name="value"' });
      continue;
    }
    const field = `<${name}> ${attribute.name}`;
    const place = attribute;
    const rule = Object.hasOwn(policy.attributes, attribute.name) ? policy.attributes[attribute.name] : undefined;
    if (!rule) {
      const takes = taken.length === 0 ? 'takes no attributes' : `takes only ${taken.join(', ')}`;
      problems.push({ place, field, message: `<${name}> ${takes}`, fix: 'remove the attribute' });
      continue;
    }
    if (seen.has(attribute.name)) {
      problems.push({ place, field, message: 'is given twice', fix: 'keep one of them' });
      continue;
    }
    seen.add(attribute.name);
    if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({ place, field, message: 'a value in curly braces is code and is not allowed', fix: `write it as ${attribute.name}="value"` });
    } else if (attribute.value === null || attribute.value === undefined) {
      problems.push({ place, field, message: 'has no value', fix: `write it as ${attribute.name}="value" (${rule.purpose})` });
    } else {
      const problem = judgeValue(attribute.value, rule.shape);
      if (problem) problems.push({ place, field, ...problem });
    }
  }
  for (const [attributeName, rule] of Object.entries(policy.attributes)) {
    if (rule.required && !seen.has(attributeName) && !problems.some((problem) => problem.field === `<${name}> ${attributeName}`)) {
      problems.push({ field: `<${name}> ${attributeName}`, message: `is missing; <${name}> needs it (${rule.purpose})`, fix: `add ${attributeName}="value"` });
    }
  }
  return problems;
}

function judgeValue(value: string, shape: AttributeShape): Omit<AttributeProblem, 'field'> | undefined {
  switch (shape.kind) {
    case 'text':
      if (/[\r\n]/.test(value)) return { message: 'runs over more than one line', fix: 'write the value on one line' };
      if (value.length > shape.maxLength) return { message: `is ${value.length} characters long; the most is ${shape.maxLength}`, fix: 'shorten it' };
      return undefined;
    case 'whole number': {
      const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isInteger(number) && number >= shape.min && number <= shape.max) return undefined;
      return { message: `${JSON.stringify(value)} is not a whole number from ${shape.min} to ${shape.max}`, fix: `write digits only, e.g. "${shape.min}"` };
    }
    case 'one of':
      return shape.values.includes(value) ? undefined : { message: `${JSON.stringify(value)} is not one of ${shape.values.join(', ')}`, fix: 'use one of them' };
    case 'address': {
      const verdict = judgeAddress(value);
      return verdict.allowed ? undefined : { message: verdict.message, fix: verdict.fix };
    }
    default:
      return { message: 'has a shape the policy does not know', fix: 'report this to the maintainers' };
  }
}
