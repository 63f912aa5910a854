import Link from '@site/src/components/PageLink';
import type { LinkView } from '@site/src/core/views';
import type { ReactNode } from 'react';

/** A plain list of links to pages of the site. */
export default function LinkList({ items }: { items: readonly LinkView[] }): ReactNode {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <Link to={item.permalink}>{item.title}</Link>
        </li>
      ))}
    </ul>
  );
}
