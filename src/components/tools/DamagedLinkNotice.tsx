import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import styles from './tools.module.css';

/** Said at the top of a tool whose link could not be read (damaged, changed or too long): it starts from its defaults. */
export default function DamagedLinkNotice(): ReactNode {
  return (
    <p className={styles.error} role="alert">
      <Translate id="tools.damagedLink">
        The numbers in this link could not be read. It may have been cut off or changed when it was copied. The tool starts from its usual values; ask for the link again, or fill
        it in here.
      </Translate>
    </p>
  );
}
