import type { ReactNode } from 'react';

/** Being written; no page uses it yet. */
export default function PatronageCalculator(): ReactNode {
  return null;
}
