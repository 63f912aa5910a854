/**
 * This tool's words and facts in the page's language, from tool-data/ (see src/plugins/tool-data). Only
 * this tool's components import it, so other pages do not load it.
 */
import raw from '@generated/tool-data/default/entity-comparison.json';
import type { EntityComparisonData } from '@site/src/core/tools/entity-comparison-types';

export const COMPARISON_DATA = raw as EntityComparisonData;
