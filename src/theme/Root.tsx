import type { ReactNode } from 'react';
import SavedCopyNotice from '@site/src/components/offline/SavedCopyNotice';

/** Every page, and the notice that says when it is a copy saved on the device. */
export default function Root({ children }: { children: ReactNode }): ReactNode {
  return (
    <>
      {children}
      <SavedCopyNotice />
    </>
  );
}
