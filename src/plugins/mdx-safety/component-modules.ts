/**
 * Where each component of the MDX policy lives. A page gets an import of each component it uses, and
 * only those (see remark-component-imports.ts), so a tool's code travels with the pages that show it
 * and no other page pays for it. The type makes this map and the policy name the same components.
 */
import type { AllowedMdxComponent } from '../../core/mdx-policy';

export const MDX_COMPONENT_MODULES: Readonly<Record<AllowedMdxComponent, string>> = {
  Activity: '@site/src/components/lesson/Activity',
  FacilitatorNote: '@site/src/components/lesson/FacilitatorNote',
  CurriculumOverview: '@site/src/components/lesson/CurriculumOverview',
  PatronageCalculator: '@site/src/components/tools/patronage/PatronageCalculator',
  BuyInPlanner: '@site/src/components/tools/buy-in/BuyInPlanner',
  DecisionMatrix: '@site/src/components/tools/decision-matrix/DecisionMatrix',
  ReadinessAssessment: '@site/src/components/tools/readiness/ReadinessAssessment',
  FeasibilityWorksheet: '@site/src/components/tools/feasibility/FeasibilityWorksheet',
  EntityComparison: '@site/src/components/tools/entity-comparison/EntityComparison',
  TemplateDownloads: '@site/src/components/tools/templates/TemplateDownloads',
};
