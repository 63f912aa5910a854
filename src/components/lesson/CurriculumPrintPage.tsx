import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { LessonFrontMatter } from '@site/src/core/generated/content-types';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import type { ComponentType, ReactNode } from 'react';
import LessonHeader from './LessonHeader';
import { LessonViewProvider } from './LessonView';
import ViewToggle from './ViewToggle';
import styles from './lesson.module.css';

type LessonModule = ComponentType & { frontMatter: LessonFrontMatter };

interface Props {
  curriculum: { id: string; title: string; permalink: string };
  lessons: Array<{ content: LessonModule }>;
}

/** /curricula/<curriculum>/print: every lesson of a curriculum on one page, one lesson per printed page. */
export default function CurriculumPrintPage({ curriculum, lessons }: Props): ReactNode {
  return (
    <Layout title={translate({ id: 'print.title', message: '{title}: all lessons' }, { title: curriculum.title })} noFooter>
      <main className={`container margin-vert--lg ${styles.printPage}`}>
        <LessonViewProvider>
          <h1>{curriculum.title}</h1>
          <p className={styles.noPrint}>
            <Link to={curriculum.permalink}>
              <Translate id="print.back">Back to the curriculum overview</Translate>
            </Link>{' '}
            <Translate id="print.hint">Use your browser's Print command; each lesson starts on a new page.</Translate>
          </p>
          <ViewToggle />
          {lessons.map(({ content: Lesson }) => (
            <article key={Lesson.frontMatter.title} className={styles.printLesson} data-print-lesson="">
              <h2 className={styles.printLessonTitle}>{Lesson.frontMatter.title}</h2>
              <LessonHeader frontMatter={Lesson.frontMatter} showToggle={false} />
              <div className="markdown">
                <MDXContent>
                  <Lesson />
                </MDXContent>
              </div>
            </article>
          ))}
        </LessonViewProvider>
      </main>
    </Layout>
  );
}
