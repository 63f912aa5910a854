import Translate from '@docusaurus/Translate';
import { useEffect, useState, type ReactNode } from 'react';
import { askWhetherSavedCopy } from './saved-copy';
import styles from './offline.module.css';

/**
 * Says when the reader is looking at a copy saved on the device: with no connection at all, or when a weak
 * network did not answer in time and the service worker served the saved copy of this page.
 */
export default function SavedCopyNotice(): ReactNode {
  const [offline, setOffline] = useState(false);
  const [savedCopy, setSavedCopy] = useState(false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    let current = true;
    void askWhetherSavedCopy(window.location.href).then((saved) => current && setSavedCopy(saved));
    return () => {
      current = false;
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (!offline && !savedCopy) return null;
  return (
    <div className={styles.notice} role="status" data-testid="saved-copy-notice">
      {offline ? (
        <Translate id="offline.notice.offline">
          No connection. You are reading a copy saved on this device. The standards, glossary, checklists and lessons are saved too, even those you have not opened.
        </Translate>
      ) : (
        <Translate id="offline.notice.slow">The network did not answer in time, so this page is the copy saved on this device. Reload the page to try the network again.</Translate>
      )}
    </div>
  );
}
