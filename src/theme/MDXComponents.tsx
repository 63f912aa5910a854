import type { AllowedMdxComponent } from '@site/src/core/mdx-policy';
import Activity from '@site/src/components/lesson/Activity';
import CurriculumOverview from '@site/src/components/lesson/CurriculumOverview';
import FacilitatorNote from '@site/src/components/lesson/FacilitatorNote';
import BuyInPlanner from '@site/src/components/tools/buy-in/BuyInPlanner';
import DecisionMatrix from '@site/src/components/tools/decision-matrix/DecisionMatrix';
import EntityComparison from '@site/src/components/tools/entity-comparison/EntityComparison';
import FeasibilityWorksheet from '@site/src/components/tools/feasibility/FeasibilityWorksheet';
import ReadinessAssessment from '@site/src/components/tools/readiness/ReadinessAssessment';
import TemplateDownloads from '@site/src/components/tools/templates/TemplateDownloads';
import PatronageCalculator from '@site/src/components/tools/patronage/PatronageCalculator';
import MDXComponents from '@theme-original/MDXComponents';
import type { ComponentType } from 'react';

// The components of the MDX policy (src/core/mdx-policy.ts), available to every page without an import.
// The type makes this map and the policy name the same components.
const allowed: Record<AllowedMdxComponent, ComponentType<never>> = {
  Activity,
  FacilitatorNote,
  CurriculumOverview,
  PatronageCalculator,
  BuyInPlanner,
  DecisionMatrix,
  ReadinessAssessment,
  FeasibilityWorksheet,
  EntityComparison,
  TemplateDownloads,
};

export default { ...MDXComponents, ...allowed };
