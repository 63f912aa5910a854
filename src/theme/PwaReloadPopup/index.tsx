import Translate from '@docusaurus/Translate';
import type { Props } from '@theme/PwaReloadPopup';
import { useState, type ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * Shown when a newer version of the site has been saved on the device while the reader was reading the
 * older one (see src/plugins/offline). The reader chooses when to switch, so a page never changes under
 * them in the middle of a meeting.
 */
export default function PwaReloadPopup({ onReload }: Props): ReactNode {
  const [visible, setVisible] = useState(true);
  if (!visible) return null;
  return (
    <div className={`alert alert--info ${styles.popup}`} role="status" data-testid="new-version-ready">
      <p className={styles.text}>
        <Translate id="offline.newVersion.text">A newer version of the library is ready on this device.</Translate>
      </p>
      <div className={styles.buttons}>
        <button
          className="button button--primary button--sm"
          type="button"
          onClick={() => {
            setVisible(false);
            onReload();
          }}
        >
          <Translate id="offline.newVersion.reload">Show the new version</Translate>
        </button>
        <button className="button button--secondary button--sm" type="button" onClick={() => setVisible(false)}>
          <Translate id="offline.newVersion.later">Later</Translate>
        </button>
      </div>
    </div>
  );
}
