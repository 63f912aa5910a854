import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { curriculaData } from './curricula-data';

/** A list of standards, each linked to its page with its ID and title in the page's language. */
export default function StandardLinks({ ids, label }: { ids: readonly string[]; label: string }): ReactNode {
  const { standardTitles } = curriculaData;
  return (
    <ul aria-label={label}>
      {ids.map((id) => (
        <li key={id}>
          <Link to={`/standards/${id}`}>
            {id} {standardTitles[id]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
