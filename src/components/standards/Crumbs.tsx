import Link from '@site/src/components/PageLink';
import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import styles from './standards.module.css';

/** The trail above a standards page: "Standards", then the steps given (each after " › "). */
export default function Crumbs({ standardsPermalink, children }: { standardsPermalink: string; children?: ReactNode }): ReactNode {
  return (
    <nav aria-label={translate({ id: 'standards.page.breadcrumbs', message: 'Breadcrumbs' })} className={styles.crumbs}>
      <Link to={standardsPermalink}>
        <Translate id="standards.page.allStandards">Standards</Translate>
      </Link>
      {children && (
        <>
          {' › '}
          {children}
        </>
      )}
    </nav>
  );
}
