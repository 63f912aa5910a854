/**
 * This tool's words and facts in the page's language, from tool-data/ (see src/plugins/tool-data). Only
 * this tool's components import it, so other pages do not load it.
 */
import raw from '@generated/tool-data/default/readiness.json';
import type { ReadinessData } from '@site/src/core/tools/readiness-model';

export const READINESS_DATA = raw as ReadinessData;
