/**
 * "Last updated on …" under each doc page, with the date written from translated month names
 * (src/core/written-date.ts) rather than the browser's date format, which costs a slow phone about
 * a tenth of a second the first time a page uses it. The notes for translators are in
 * i18n/es/code.json, not here, so that they do not travel to every reader.
 */
import Translate from '@docusaurus/Translate';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { dateWords } from '@site/src/components/dates/date-words';
import { writtenDate } from '@site/src/core/written-date';
import type { ReactNode } from 'react';

function AtDate({ lastUpdatedAt }: { lastUpdatedAt: number }): ReactNode {
  return (
    <Translate
      id="theme.lastUpdated.atDate"
      values={{
        date: (
          <b>
            <time dateTime={new Date(lastUpdatedAt).toISOString()} itemProp="dateModified">
              {writtenDate(lastUpdatedAt, dateWords())}
            </time>
          </b>
        ),
      }}
    >
      {' on {date}'}
    </Translate>
  );
}

/** The site does not show who changed a page (`showLastUpdateAuthor` is off), only when. */
export default function LastUpdated({ lastUpdatedAt }: { lastUpdatedAt?: number | null }): ReactNode {
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate id="theme.lastUpdated.lastUpdatedAtBy" values={{ atDate: lastUpdatedAt ? <AtDate lastUpdatedAt={lastUpdatedAt} /> : '', byUser: '' }}>
        {'Last updated{atDate}{byUser}'}
      </Translate>
    </span>
  );
}
