/**
 * The words shown for the fixed vocabularies of the standards, in the reader's language. Every label
 * goes through Docusaurus's translate(), so the Spanish lives in i18n/es/code.json with the other UI text.
 */
import { translate } from '@docusaurus/Translate';
import type { Facet } from '@site/src/core/filters';

export function levelLabel(level: string): string {
  switch (level) {
    case 'core':
      return translate({ id: 'standards.level.core', message: 'Core', description: 'Level of a standard: every project' });
    case 'recommended':
      return translate({ id: 'standards.level.recommended', message: 'Recommended', description: 'Level of a standard: most projects' });
    case 'advanced':
      return translate({ id: 'standards.level.advanced', message: 'Advanced', description: 'Level of a standard: mature projects' });
    default:
      return level;
  }
}

export function stageLabel(stage: string): string {
  switch (stage) {
    case 'explore':
      return translate({ id: 'standards.stage.explore', message: 'Explore' });
    case 'feasibility':
      return translate({ id: 'standards.stage.feasibility', message: 'Feasibility' });
    case 'plan':
      return translate({ id: 'standards.stage.plan', message: 'Plan' });
    case 'structure':
      return translate({ id: 'standards.stage.structure', message: 'Structure' });
    case 'launch':
      return translate({ id: 'standards.stage.launch', message: 'Launch' });
    case 'operate':
      return translate({ id: 'standards.stage.operate', message: 'Operate' });
    default:
      return stage;
  }
}

export function pathwayLabel(pathway: string): string {
  switch (pathway) {
    case 'startup':
      return translate({ id: 'standards.pathway.startup', message: 'Start-up' });
    case 'conversion':
      return translate({ id: 'standards.pathway.conversion', message: 'Conversion' });
    case 'growth':
      return translate({ id: 'standards.pathway.growth', message: 'Growth' });
    default:
      return pathway;
  }
}

export function audienceLabel(audience: string): string {
  switch (audience) {
    case 'developer':
      return translate({ id: 'standards.audience.developer', message: 'Cooperative developers' });
    case 'trainer':
      return translate({ id: 'standards.audience.trainer', message: 'Trainers' });
    case 'worker-owner':
      return translate({ id: 'standards.audience.worker-owner', message: 'Worker-owners' });
    case 'nonprofit':
      return translate({ id: 'standards.audience.nonprofit', message: 'Non-profits' });
    case 'business-owner':
      return translate({ id: 'standards.audience.business-owner', message: 'Business owners' });
    case 'government':
      return translate({ id: 'standards.audience.government', message: 'Governments' });
    case 'lender':
      return translate({ id: 'standards.audience.lender', message: 'Lenders' });
    default:
      return audience;
  }
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'deprecated':
      return translate({ id: 'standards.status.deprecated', message: 'Deprecated: being replaced' });
    case 'retired':
      return translate({ id: 'standards.status.retired', message: 'Retired' });
    default:
      return translate({ id: 'standards.status.active', message: 'Active' });
  }
}

export function facetLabel(facet: Facet): string {
  switch (facet) {
    case 'domain':
      return translate({ id: 'standards.facet.domain', message: 'Domain' });
    case 'level':
      return translate({ id: 'standards.facet.level', message: 'Level' });
    case 'stage':
      return translate({ id: 'standards.facet.stage', message: 'Development stage' });
    case 'pathway':
      return translate({ id: 'standards.facet.pathway', message: 'Pathway' });
    case 'audience':
      return translate({ id: 'standards.facet.audience', message: 'Audience' });
  }
}

/** The label of a value of any facet except domain, whose labels are the domains' titles. */
export function valueLabel(facet: Exclude<Facet, 'domain'>, value: string): string {
  const labels = { level: levelLabel, stage: stageLabel, pathway: pathwayLabel, audience: audienceLabel };
  return labels[facet](value);
}
