/**
 * This tool's words and facts in the page's language, from tool-data/ (see src/plugins/tool-data). Only
 * this tool's components import it, so other pages do not load it.
 */
import raw from '@generated/tool-data/default/decision-matrix.json';
import type { DecisionMatrixData } from '@site/src/core/tools/decision-matrix-defaults';

export const MATRIX_DATA = raw as DecisionMatrixData;
