import { translate } from '@docusaurus/Translate';
import SearchPage from '@site/src/components/search/SearchPage';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

export default function Search(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'search.page.title', message: 'Search the library' })}
      description={translate({ id: 'search.page.description', message: 'Search the standards, curricula, tools, guides and glossary, in English and Spanish.' })}
    >
      <SearchPage />
    </Layout>
  );
}
