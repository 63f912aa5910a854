/**
 * The trainer's draft assignment, kept in this browser only. Every page that shows it (the builder, the
 * "Add to assignment" button) reads the same store and hears about changes.
 */
import { emptyAssignment, type Assignment } from '@site/src/core/assignment/model';
import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'wcl.assignmentDraft';
const CHANGED = 'wcl-assignment-draft-changed';

/** The stored draft; a new draft is in the language of the page the trainer is on. */
export function readDraft(): Assignment {
  const fresh = emptyAssignment(document.documentElement.lang.startsWith('es') ? 'es' : 'en');
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as Assignment | null;
    return stored && Array.isArray(stored.items) ? { ...fresh, ...stored } : fresh;
  } catch {
    return fresh;
  }
}

export function writeDraft(draft: Assignment): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  window.dispatchEvent(new Event(CHANGED));
}

/** The draft, and a way to change it. Before the page runs in the browser, the draft is empty. */
export function useDraft(): [Assignment, (change: (draft: Assignment) => Assignment) => void] {
  const [draft, setDraft] = useState<Assignment>(emptyAssignment);
  useEffect(() => {
    const reload = () => setDraft(readDraft());
    reload();
    window.addEventListener(CHANGED, reload);
    window.addEventListener('storage', reload);
    return () => {
      window.removeEventListener(CHANGED, reload);
      window.removeEventListener('storage', reload);
    };
  }, []);
  const update = useCallback((change: (draft: Assignment) => Assignment) => writeDraft(change(readDraft())), []);
  return [draft, update];
}
