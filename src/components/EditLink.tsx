import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';

/** "Edit this file": opens the data file behind a page in the repository's web editor. */
export default function EditLink({ href }: { href: string }): ReactNode {
  return (
    <Link href={href}>
      <Translate id="standards.page.edit">Edit this file</Translate>
    </Link>
  );
}
