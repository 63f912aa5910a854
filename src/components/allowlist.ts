/**
 * The JSX components that pages under docs/ may use, without any import. Contributed MDX runs as code,
 * so anything else is refused. They are registered for MDX in src/theme/MDXComponents.tsx.
 */
export const MDX_COMPONENT_ALLOWLIST = ['Activity', 'FacilitatorNote', 'CurriculumOverview', 'PatronageCalculator', 'BuyInPlanner', 'DecisionMatrix', 'ReadinessAssessment', 'FeasibilityWorksheet', 'EntityComparison', 'TemplateDownloads'] as const;

export type AllowedMdxComponent = (typeof MDX_COMPONENT_ALLOWLIST)[number];
