/** The money, number and date formats of the page's language (see src/core/tools/formats.ts). */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { toolFormats, type ToolFormats } from '@site/src/core/tools/formats';
import { useMemo } from 'react';

export function useToolFormats(): ToolFormats {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return useMemo(() => toolFormats(locale), [locale]);
}
