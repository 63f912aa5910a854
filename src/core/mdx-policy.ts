/**
 * What contributed pages may hold. Pages are MDX, and MDX runs as JavaScript in the build and in every
 * reader's browser, so this policy is an allow-list: Markdown, front matter, admonitions, and the
 * components named here with the attributes named here, each value of the shape named here. Nothing
 * else passes. src/plugins/mdx-safety/component-modules.ts says where each of these components lives,
 * and the build gives each page the imports of the ones it uses, so pages never write an import.
 */

/** The shape a component attribute's value must have. Every value is written as name="value". */
export type AttributeShape =
  /** Any text on one line, up to `maxLength` characters. */
  | { readonly kind: 'text'; readonly maxLength: number }
  /** A whole number written in digits, from `min` to `max`. */
  | { readonly kind: 'whole number'; readonly min: number; readonly max: number }
  /** One of a fixed set of words. */
  | { readonly kind: 'one of'; readonly values: readonly string[] }
  /** An address, judged by the same rule as Markdown links (see ALLOWED_URL_SCHEMES). */
  | { readonly kind: 'address' };

export interface AttributePolicy {
  readonly shape: AttributeShape;
  /** Whether a page must give the attribute. */
  readonly required: boolean;
  /** What the attribute is for, for the error a contributor sees. */
  readonly purpose: string;
}

export interface ComponentPolicy {
  /** What the component is for. */
  readonly purpose: string;
  /** Every attribute it takes; any other attribute is refused. */
  readonly attributes: Readonly<Record<string, AttributePolicy>>;
}

const ACTIVITY_TEXT: AttributeShape = { kind: 'text', maxLength: 120 };

/** The components pages may use, by name, with their attributes. */
export const MDX_COMPONENT_POLICY = {
  Activity: {
    purpose: 'an activity of a lesson',
    attributes: {
      title: { shape: ACTIVITY_TEXT, required: true, purpose: 'the name of the activity' },
      group: { shape: ACTIVITY_TEXT, required: true, purpose: 'who works together, e.g. "Pairs"' },
      minutes: { shape: { kind: 'whole number', min: 1, max: 480 }, required: true, purpose: 'how long it takes' },
    },
  },
  FacilitatorNote: { purpose: 'notes shown only in the facilitator view', attributes: {} },
  CurriculumOverview: { purpose: "a curriculum's overview, computed from its lessons", attributes: {} },
  PatronageCalculator: { purpose: 'the patronage and capital account calculator', attributes: {} },
  BuyInPlanner: { purpose: 'the member buy-in planner', attributes: {} },
  DecisionMatrix: { purpose: 'the decision matrix builder', attributes: {} },
  ReadinessAssessment: { purpose: 'the conversion readiness self-assessment', attributes: {} },
  FeasibilityWorksheet: { purpose: 'the feasibility go/no-go worksheet', attributes: {} },
  EntityComparison: { purpose: 'the entity choice comparison', attributes: {} },
  TemplateDownloads: { purpose: 'the template download list', attributes: {} },
} as const satisfies Readonly<Record<string, ComponentPolicy>>;

export type AllowedMdxComponent = keyof typeof MDX_COMPONENT_POLICY;

/** The names of the allowed components, in the order above. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENT_POLICY) as AllowedMdxComponent[];

/** Looks a component up by the name a page wrote; undefined when it is not allowed. */
export function componentPolicy(name: string): ComponentPolicy | undefined {
  return Object.hasOwn(MDX_COMPONENT_POLICY, name) ? MDX_COMPONENT_POLICY[name as AllowedMdxComponent] : undefined;
}

/**
 * The schemes a link, an image, a definition or an address attribute may use. Addresses without a
 * scheme (relative paths, `#anchors`) are allowed too; addresses that start with `//` are not, since
 * they leave the site without saying how.
 */
export const ALLOWED_URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** The kinds of admonition a page may use (`:::tip`), and the one attribute they take. */
export const ADMONITION_KINDS: readonly string[] = ['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'secondary'];
export const ADMONITION_ATTRIBUTES: readonly string[] = ['title'];

/** Front-matter fields the site turns into addresses; their values are judged like links. */
export const FRONT_MATTER_ADDRESSES: readonly string[] = ['custom_edit_url', 'image'];
