/**
 * Moves the keyboard focus to an element once React has drawn it: after adding a row, the cursor goes
 * to the new row's first field; after removing one, to a neighbour. Call the result with an element ID.
 */
import { useEffect, useState } from 'react';

export function useFocusAfterRender(): (elementId: string) => void {
  const [target, setTarget] = useState<string | undefined>();
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(undefined);
  }, [target]);
  return setTarget;
}
