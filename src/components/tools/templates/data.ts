/**
 * This tool's words and facts in the page's language, from tool-data/ (see src/plugins/tool-data). Only
 * this tool's components import it, so other pages do not load it.
 */
import raw from '@generated/tool-data/default/templates.json';
import type { TemplateListing } from '@site/src/core/templates/catalog';

export const TEMPLATE_LISTINGS = raw as readonly TemplateListing[];
