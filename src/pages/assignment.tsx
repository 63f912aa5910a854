import { translate } from '@docusaurus/Translate';
import AssignmentSheet from '@site/src/components/assignment/AssignmentSheet';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

export default function AssignmentPage(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'assignment.title', message: 'Assignment' })}
      description={translate({ id: 'assignment.description', message: 'Lessons to read, in order, with due dates.' })}
    >
      <main className="container margin-vert--lg">
        <AssignmentSheet />
      </main>
    </Layout>
  );
}
