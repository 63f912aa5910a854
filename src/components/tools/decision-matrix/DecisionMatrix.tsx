import type { ReactNode } from 'react';

/** Being written; no page uses it yet. */
export default function DecisionMatrix(): ReactNode {
  return null;
}
