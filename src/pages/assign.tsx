import Translate, { translate } from '@docusaurus/Translate';
import AssignmentBuilder from '@site/src/components/assignment/AssignmentBuilder';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

export default function AssignPage(): ReactNode {
  const title = translate({ id: 'assign.title', message: 'Assignment builder' });
  return (
    <Layout title={title} description={translate({ id: 'assign.description', message: 'Pick lessons, set due dates, and share one link with your cohort.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="assign.intro">
            Choose lessons for your group, put them in order, and give each a due date. You get one link to send to the group: no accounts, and nothing is stored on a server. Your
            draft stays in this browser.
          </Translate>
        </p>
        <AssignmentBuilder />
      </main>
    </Layout>
  );
}
