import { useDoc } from '@docusaurus/plugin-content-docs/client';
import AddToAssignment from '@site/src/components/assignment/AddToAssignment';
import LessonHeader, { isLessonFrontMatter } from '@site/src/components/lesson/LessonHeader';
import { LessonViewProvider } from '@site/src/components/lesson/LessonView';
import PathSources, { isPathFrontMatter } from '@site/src/components/paths/PathSources';
import StaleTranslationNotice from '@site/src/components/StaleTranslationNotice';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import type { ReactNode } from 'react';

type Props = WrapperProps<typeof ContentType>;

// A lesson page gets its header (time, objectives, standards) under the title, and the learner and
// facilitator views; an audience page gets its sources, with the days they were checked, under its text.
// A translation older than its English page says so first.
export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter, metadata } = useDoc();
  if (isPathFrontMatter(frontMatter)) {
    return (
      <Content {...props}>
        <StaleTranslationNotice />
        {props.children}
        <PathSources frontMatter={frontMatter} />
      </Content>
    );
  }
  if (!isLessonFrontMatter(frontMatter)) {
    return (
      <Content {...props}>
        <StaleTranslationNotice />
        {props.children}
      </Content>
    );
  }
  return (
    <LessonViewProvider>
      <Content {...props}>
        <StaleTranslationNotice />
        <LessonHeader frontMatter={frontMatter} />
        <AddToAssignment docId={metadata.id} />
        {props.children}
      </Content>
    </LessonViewProvider>
  );
}
