/**
 * This tool's words and facts in the page's language, from tool-data/ (see src/plugins/tool-data). Only
 * this tool's components import it, so other pages do not load it.
 */
import raw from '@generated/tool-data/default/feasibility.json';
import type { FeasibilityData } from '@site/src/core/tools/feasibility-criteria';

export const FEASIBILITY_DATA = raw as FeasibilityData;
