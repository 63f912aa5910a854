/**
 * "Last updated on …" under each doc page, with the date written from translated month names
 * (src/core/written-date.ts) rather than the browser's date format, which costs a slow phone about
 * a tenth of a second the first time a page uses it.
 */
import Translate, { translate } from '@docusaurus/Translate';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { writtenDate, type DateWords } from '@site/src/core/written-date';
import type { ReactNode } from 'react';

function dateWords(): DateWords {
  return {
    months: [
      translate({ id: 'theme.lastUpdated.month.01', message: 'January' }),
      translate({ id: 'theme.lastUpdated.month.02', message: 'February' }),
      translate({ id: 'theme.lastUpdated.month.03', message: 'March' }),
      translate({ id: 'theme.lastUpdated.month.04', message: 'April' }),
      translate({ id: 'theme.lastUpdated.month.05', message: 'May' }),
      translate({ id: 'theme.lastUpdated.month.06', message: 'June' }),
      translate({ id: 'theme.lastUpdated.month.07', message: 'July' }),
      translate({ id: 'theme.lastUpdated.month.08', message: 'August' }),
      translate({ id: 'theme.lastUpdated.month.09', message: 'September' }),
      translate({ id: 'theme.lastUpdated.month.10', message: 'October' }),
      translate({ id: 'theme.lastUpdated.month.11', message: 'November' }),
      translate({ id: 'theme.lastUpdated.month.12', message: 'December' }),
    ],
    pattern: translate({ id: 'theme.lastUpdated.datePattern', message: '{month} {day}, {year}', description: 'How a date is written, with {day}, {month} and {year}' }),
  };
}

function AtDate({ lastUpdatedAt }: { lastUpdatedAt: number }): ReactNode {
  return (
    <Translate
      id="theme.lastUpdated.atDate"
      description="The words used to describe on which date a page has been last updated"
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

function ByUser({ lastUpdatedBy }: { lastUpdatedBy: string }): ReactNode {
  return (
    <Translate id="theme.lastUpdated.byUser" description="The words used to describe by who the page has been last updated" values={{ user: <b>{lastUpdatedBy}</b> }}>
      {' by {user}'}
    </Translate>
  );
}

export default function LastUpdated({ lastUpdatedAt, lastUpdatedBy }: { lastUpdatedAt?: number | null; lastUpdatedBy?: string | null }): ReactNode {
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{
          atDate: lastUpdatedAt ? <AtDate lastUpdatedAt={lastUpdatedAt} /> : '',
          byUser: lastUpdatedBy ? <ByUser lastUpdatedBy={lastUpdatedBy} /> : '',
        }}
      >
        {'Last updated{atDate}{byUser}'}
      </Translate>
    </span>
  );
}
