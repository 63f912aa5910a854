import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import WrittenDay from '../dates/WrittenDay';

/** "Checked December 4, 2026.": the day someone last read a source, wherever a source is cited. */
export default function CheckedDay({ day }: { day: string }): ReactNode {
  return (
    <Translate id="standards.page.sourceChecked" values={{ date: <WrittenDay day={day} /> }}>
      {'Checked {date}.'}
    </Translate>
  );
}
