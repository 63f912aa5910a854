import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { compareVersions } from '@site/src/core/model';
import { comparisonPath } from '@site/src/core/releases/paths';
import { useState, type FormEvent, type ReactNode } from 'react';
import styles from './releases.module.css';

interface Props {
  /** Every release, newest first. */
  versions: readonly string[];
  from?: string;
  to?: string;
}

/** Two drop-downs and a button that open the comparison of any two releases. */
export default function VersionPicker({ versions, from, to }: Props): ReactNode {
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  const [older, setOlder] = useState(from ?? versions[1] ?? versions[0] ?? '');
  const [newer, setNewer] = useState(to ?? versions[0] ?? '');
  const [error, setError] = useState('');
  if (versions.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (compareVersions(older, newer) >= 0) {
      setError(translate({ id: 'releases.picker.order', message: 'Choose an older release first and a newer one second.' }));
      return;
    }
    setError('');
    // A release and the one before it have a page of their own; any other two are compared in the browser.
    history.push(comparisonPath(baseUrl, older, newer, versions));
  };
  return (
    <form className={styles.picker} onSubmit={submit} aria-label={translate({ id: 'releases.picker.label', message: 'Compare two releases' })}>
      <label>
        <Translate id="releases.picker.from">Older release</Translate>
        <select value={older} onChange={(event) => setOlder(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'compare-error' : undefined}>
          {versions.map((version) => (
            <option key={version} value={version}>
              {version}
            </option>
          ))}
        </select>
      </label>
      <label>
        <Translate id="releases.picker.to">Newer release</Translate>
        <select value={newer} onChange={(event) => setNewer(event.target.value)}>
          {versions.map((version) => (
            <option key={version} value={version}>
              {version}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--primary">
        <Translate id="releases.picker.submit">Show what changed</Translate>
      </button>
      {error && (
        <p id="compare-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
