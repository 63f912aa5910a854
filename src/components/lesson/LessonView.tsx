/**
 * The learner and facilitator views of a lesson. The view comes from the page address
 * (`?view=facilitator`), else from the reader's last choice (kept in the browser), else learner.
 */
import { useHistory, useLocation } from '@docusaurus/router';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type LessonViewName = 'learner' | 'facilitator';

const STORAGE_KEY = 'wcl.lessonView';

interface LessonViewValue {
  view: LessonViewName;
  setView: (view: LessonViewName) => void;
}

const LessonViewContext = createContext<LessonViewValue>({ view: 'learner', setView: () => {} });

export function useLessonView(): LessonViewValue {
  return useContext(LessonViewContext);
}

function viewFromSearch(search: string): LessonViewName | undefined {
  const value = new URLSearchParams(search).get('view');
  return value === 'facilitator' || value === 'learner' ? value : undefined;
}

export function LessonViewProvider({ children }: { children: ReactNode }): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The server renders the learner view; the browser then applies the address or the saved choice.
  const [view, setViewState] = useState<LessonViewName>('learner');
  useEffect(() => {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    setViewState(viewFromSearch(location.search) ?? (stored === 'facilitator' ? 'facilitator' : 'learner'));
  }, [location.search]);
  const setView = useCallback(
    (next: LessonViewName) => {
      window.localStorage.setItem(STORAGE_KEY, next);
      const params = new URLSearchParams(location.search);
      params.set('view', next);
      history.replace({ ...location, search: `?${params.toString()}` });
    },
    [history, location],
  );
  const value = useMemo(() => ({ view, setView }), [view, setView]);
  return (
    <LessonViewContext.Provider value={value}>
      <div className={`lesson lesson--${view}`} data-lesson-view={view}>
        {children}
      </div>
    </LessonViewContext.Provider>
  );
}
