import Translate, { translate } from '@docusaurus/Translate';
import { encodeAssignment } from '@site/src/core/assignment/codec';
import { emptyAssignment, type Assignment, type AssignmentItem } from '@site/src/core/assignment/model';
import { useMemo, useState, type ReactNode } from 'react';
import { labelOf } from '@site/src/core/vocabulary';
import { useVocabulary } from '../locale';
import { useAssignmentLink, useLessonCatalog, type CatalogLesson } from './catalog';
import CopyButton from './CopyButton';
import { useDraft } from './draft';
import styles from './assignment.module.css';

const DURATIONS = [60, 90, 120];

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** /assign: pick lessons, order them, give due dates and notes, and get one link for the cohort. */
export default function AssignmentBuilder(): ReactNode {
  const catalog = useLessonCatalog();
  const words = useVocabulary();
  const [draft, update] = useDraft();
  const assignmentLink = useAssignmentLink();
  const [search, setSearch] = useState('');
  const [curriculum, setCurriculum] = useState('');
  const [audience, setAudience] = useState('');
  const [maxMinutes, setMaxMinutes] = useState(0);
  const byId = useMemo(() => new Map(catalog.map((lesson) => [lesson.id, lesson])), [catalog]);
  const curricula = [...new Map(catalog.map((lesson) => [lesson.curriculumId, lesson.curriculumTitle])).entries()];
  const audiences = [...new Set(catalog.flatMap((lesson) => lesson.audience))].sort();
  const matches = catalog.filter(
    (lesson) =>
      (!curriculum || lesson.curriculumId === curriculum) &&
      (!audience || lesson.audience.includes(audience)) &&
      (!maxMinutes || lesson.minutes <= maxMinutes) &&
      (!search || lesson.title.toLowerCase().includes(search.toLowerCase())),
  );
  const setField = <K extends keyof Assignment>(key: K, value: Assignment[K]) => update((current) => ({ ...current, [key]: value }));
  const setItem = (index: number, change: Partial<AssignmentItem>) =>
    update((current) => ({ ...current, items: current.items.map((item, position) => (position === index ? { ...item, ...change } : item)) }));
  const totalMinutes = draft.items.reduce((sum, item) => sum + (byId.get(item.lesson)?.minutes ?? 0), 0);
  const link = draft.items.length > 0 ? assignmentLink(encodeAssignment(draft), draft.language) : '';

  return (
    <div className={styles.builder}>
      <section aria-labelledby="cohort">
        <h2 id="cohort">
          <Translate id="assign.cohort.title">1. The cohort</Translate>
        </h2>
        <div className={styles.fields}>
          <label>
            <Translate id="assign.cohort.name">Cohort name</Translate>
            <input type="text" value={draft.cohort} maxLength={120} onChange={(event) => setField('cohort', event.target.value)} />
          </label>
          <label>
            <Translate id="assign.cohort.language">Language of the lessons</Translate>
            <select value={draft.language} onChange={(event) => setField('language', event.target.value as Assignment['language'])}>
              <option value="en">English</option>
              <option value="es">Español</option>
            </select>
          </label>
          <label>
            <Translate id="assign.cohort.view">View</Translate>
            <select value={draft.view} onChange={(event) => setField('view', event.target.value as Assignment['view'])}>
              <option value="learner">{translate({ id: 'lesson.view.learner', message: 'Learner view' })}</option>
              <option value="facilitator">{translate({ id: 'lesson.view.facilitator', message: 'Facilitator view' })}</option>
            </select>
          </label>
          <label className={styles.wide}>
            <Translate id="assign.cohort.message">Message to the group</Translate>
            <textarea value={draft.message} maxLength={1000} rows={3} onChange={(event) => setField('message', event.target.value)} />
          </label>
        </div>
      </section>

      <section aria-labelledby="chosen">
        <h2 id="chosen">
          <Translate id="assign.chosen.title">2. Lessons, in order</Translate>
        </h2>
        {draft.items.length === 0 ? (
          <p>
            <Translate id="assign.chosen.empty">No lessons yet. Add them from the list below, or with "Add to assignment" on any lesson page.</Translate>
          </p>
        ) : (
          <ol className={styles.chosen}>
            {draft.items.map((item, index) => {
              const lesson = byId.get(item.lesson);
              const title = lesson?.title ?? item.lesson;
              return (
                <li key={item.lesson} data-chosen={item.lesson}>
                  <p className={styles.chosenTitle}>
                    {title} {lesson && <span className={styles.muted}>({translate({ id: 'schedule.minutes', message: '{minutes} minutes' }, { minutes: lesson.minutes })})</span>}
                  </p>
                  <div className={styles.fields}>
                    <label>
                      <Translate id="assign.item.due">Due date</Translate>
                      <input type="date" value={item.due ?? ''} onChange={(event) => setItem(index, { due: event.target.value || undefined })} />
                    </label>
                    <label className={styles.wide}>
                      <Translate id="assign.item.note">Note (optional)</Translate>
                      <input type="text" value={item.note ?? ''} maxLength={300} onChange={(event) => setItem(index, { note: event.target.value || undefined })} />
                    </label>
                  </div>
                  <p className={styles.rowButtons}>
                    <button
                      type="button"
                      className="button button--sm button--secondary"
                      disabled={index === 0}
                      onClick={() => update((current) => ({ ...current, items: move(current.items, index, index - 1) }))}
                    >
                      {translate({ id: 'assign.item.up', message: 'Move up' })}
                      <span className="sr-only">: {title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--sm button--secondary"
                      disabled={index === draft.items.length - 1}
                      onClick={() => update((current) => ({ ...current, items: move(current.items, index, index + 1) }))}
                    >
                      {translate({ id: 'assign.item.down', message: 'Move down' })}
                      <span className="sr-only">: {title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--sm button--secondary"
                      onClick={() => update((current) => ({ ...current, items: current.items.filter((_, position) => position !== index) }))}
                    >
                      {translate({ id: 'assign.item.remove', message: 'Remove' })}
                      <span className="sr-only">: {title}</span>
                    </button>
                  </p>
                </li>
              );
            })}
          </ol>
        )}
        <p data-testid="builder-total">
          {translate({ id: 'assign.total', message: '{count} lessons, {minutes} minutes in all' }, { count: draft.items.length, minutes: totalMinutes })}
        </p>
      </section>

      <section aria-labelledby="catalog">
        <h2 id="catalog">
          <Translate id="assign.catalog.title">3. Add lessons</Translate>
        </h2>
        <div className={styles.fields}>
          <label>
            <Translate id="assign.catalog.search">Search by title</Translate>
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          <label>
            {words.recordType.curriculum}
            <select value={curriculum} onChange={(event) => setCurriculum(event.target.value)}>
              <option value="">{translate({ id: 'assign.catalog.all', message: 'All' })}</option>
              {curricula.map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {words.facet.audience}
            <select value={audience} onChange={(event) => setAudience(event.target.value)}>
              <option value="">{translate({ id: 'assign.catalog.all', message: 'All' })}</option>
              {audiences.map((value) => (
                <option key={value} value={value}>
                  {labelOf(words, 'audience', value)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <Translate id="assign.catalog.duration">Length</Translate>
            <select value={maxMinutes} onChange={(event) => setMaxMinutes(Number(event.target.value))}>
              <option value={0}>{translate({ id: 'assign.catalog.anyLength', message: 'Any length' })}</option>
              {DURATIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {translate({ id: 'assign.catalog.upTo', message: 'Up to {minutes} minutes' }, { minutes })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ul className={styles.catalog}>
          {matches.map((lesson: CatalogLesson) => {
            const added = draft.items.some((item) => item.lesson === lesson.id);
            return (
              <li key={lesson.id} data-catalog-lesson={lesson.id}>
                <span>
                  {lesson.title}{' '}
                  <span className={styles.muted}>
                    · {lesson.curriculumTitle} · {translate({ id: 'schedule.minutes', message: '{minutes} minutes' }, { minutes: lesson.minutes })}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--sm button--primary"
                  disabled={added}
                  onClick={() => update((current) => ({ ...current, items: [...current.items, { lesson: lesson.id }] }))}
                >
                  {added ? translate({ id: 'assignment.added', message: 'In your assignment' }) : translate({ id: 'assign.catalog.add', message: 'Add' })}
                  <span className="sr-only">: {lesson.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="share">
        <h2 id="share">
          <Translate id="assign.share.title">4. Share it</Translate>
        </h2>
        {link ? (
          <>
            <label className={styles.wide}>
              <Translate id="assign.share.link">Link for the cohort</Translate>
              <input type="text" readOnly value={link} data-testid="assignment-link" onFocus={(event) => event.target.select()} />
            </label>
            <p className={styles.rowButtons}>
              <CopyButton text={link} />
              <a className="button button--sm button--secondary" href={link}>
                <Translate id="assign.share.open">Open the assignment page</Translate>
              </a>
              <button type="button" className="button button--sm button--secondary" onClick={() => update((current) => emptyAssignment(current.language))}>
                <Translate id="assign.share.clear">Start over</Translate>
              </button>
            </p>
          </>
        ) : (
          <p>
            <Translate id="assign.share.none">Add at least one lesson to get a link.</Translate>
          </p>
        )}
      </section>
    </div>
  );
}
