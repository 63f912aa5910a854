import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import { loadComparison, type Comparison as ComparisonData } from '@site/src/core/releases/compare-view';
import { compareVersions } from '@site/src/core/model';
import { useEffect, useState, type ReactNode } from 'react';
import Comparison from '../Comparison';
import type { CompareAnyPageProps } from '../types';
import ReleasesLayout from '../ReleasesLayout';
import VersionPicker from '../VersionPicker';

type State = { kind: 'choose' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'shown'; comparison: ComparisonData };

/**
 * /releases/compare?from=<a>&to=<b>: what changed between any two releases, worked out in the browser
 * from the two releases' comparison files. Each release and the one before it have pages of their own.
 */
export default function CompareAnyPage({ data }: CompareAnyPageProps): ReactNode {
  const { search } = useLocation();
  // The query is read once the page runs: the page built ahead of time has none, and the first render
  // in the browser must match it.
  const [query, setQuery] = useState({ from: '', to: '', standard: '' });
  useEffect(() => {
    const params = new URLSearchParams(search);
    setQuery({ from: params.get('from') ?? '', to: params.get('to') ?? '', standard: params.get('standard') ?? '' });
  }, [search]);
  const { from, to, standard } = query;
  const valid = data.versions.includes(from) && data.versions.includes(to) && compareVersions(from, to) < 0;
  const [state, setState] = useState<State>({ kind: 'choose' });

  useEffect(() => {
    if (!valid) {
      setState({ kind: 'choose' });
      return;
    }
    let current = true;
    setState({ kind: 'loading' });
    const read = (file: string) =>
      fetch(`${data.dataBase}${file}`).then((response) => {
        if (!response.ok) throw new Error(`${file}: ${response.status}`);
        return response.json() as Promise<unknown>;
      });
    loadComparison(read, { from, to }, data.releases, data.language, data.baseUrl)
      .then((comparison) => current && setState({ kind: 'shown', comparison }))
      .catch(() => current && setState({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, [valid, from, to, data]);

  // A link to one standard's change (…&standard=GOV-03) finds it once the comparison is drawn.
  useEffect(() => {
    if (state.kind === 'shown' && standard) document.getElementById(standard)?.scrollIntoView();
  }, [state.kind, standard]);

  const title = valid
    ? translate({ id: 'releases.compare.title', message: 'What changed from {from} to {to}' }, { from, to })
    : translate({ id: 'releases.compareAny.title', message: 'Compare two releases' });
  return (
    <ReleasesLayout title={title} releasesPermalink={data.releasesPermalink}>
      <VersionPicker key={`${from}/${to}`} versions={data.versions} from={valid ? from : undefined} to={valid ? to : undefined} />
      <div aria-live="polite">
        {state.kind === 'choose' && (from || to) && (
          <p role="alert">
            <Translate id="releases.compareAny.invalid">Choose two releases above: the older first, then the newer one.</Translate>
          </p>
        )}
        {state.kind === 'loading' && (
          <p>
            <Translate id="releases.compareAny.loading">Comparing the two releases…</Translate>
          </p>
        )}
        {state.kind === 'failed' && (
          <p role="alert">
            <Translate id="releases.compareAny.failed">The two releases could not be loaded. Check your connection and try again.</Translate>
          </p>
        )}
      </div>
      {state.kind === 'shown' && <Comparison comparison={state.comparison} />}
    </ReleasesLayout>
  );
}
