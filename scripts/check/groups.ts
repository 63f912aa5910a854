/**
 * The groups of `npm run check`, in the order they are reported. Each loads its tools only when it runs,
 * so that a process that runs one group does not pay for loading the others.
 */

export const GROUPS = ['content', 'markdown', 'spelling', 'terms', 'eslint', 'prettier'] as const;
export type GroupName = (typeof GROUPS)[number];

export interface GroupResult {
  /** One line per problem, `file:line:column  message`. */
  readonly lines: string[];
  /** How many of the lines are warnings: reported, but they do not fail the check. */
  readonly warnings: number;
}

export function isGroupName(name: string): name is GroupName {
  return (GROUPS as readonly string[]).includes(name);
}

export async function runGroup(name: GroupName, root: string): Promise<GroupResult> {
  switch (name) {
    case 'content': {
      const [{ loadLibrary }, { formatContentError }, { projectTreeCache }] = await Promise.all([
        import('../../src/core/load'),
        import('../../src/core/errors'),
        import('../../src/core/page-cache'),
      ]);
      const { errors, warnings } = loadLibrary(root, { treeCache: projectTreeCache(root) });
      return { lines: [...errors, ...warnings].map(formatContentError), warnings: warnings.length };
    }
    case 'markdown': {
      const [{ findContentFiles }, { lintMarkdown }] = await Promise.all([import('../../src/core/content-files'), import('./markdown-lint')]);
      return { lines: await lintMarkdown(root, findContentFiles(root).pages), warnings: 0 };
    }
    case 'spelling': {
      const { checkSpelling } = await import('./spelling');
      return { lines: await checkSpelling(root), warnings: 0 };
    }
    case 'terms': {
      const { checkTerms } = await import('./terms');
      return { lines: checkTerms(root), warnings: 0 };
    }
    case 'eslint': {
      const { lintCode } = await import('./eslint');
      const { problems, warnings } = await lintCode(root);
      return { lines: problems, warnings };
    }
    case 'prettier': {
      const { checkFormatting } = await import('./prettier');
      return { lines: await checkFormatting(root), warnings: 0 };
    }
  }
}

/**
 * The result a group gave last time, when nothing it depends on has changed since, found without loading
 * its tool; undefined when it has to run. Only for the groups that keep a whole result.
 */
export async function recallGroup(name: GroupName, root: string): Promise<GroupResult | undefined> {
  const { recall } = await import('./cache');
  switch (name) {
    case 'eslint': {
      const { codeLintMemo } = await import('./eslint');
      const known = recall<{ problems: string[]; warnings: number }>(codeLintMemo(root));
      return known && { lines: known.problems, warnings: known.warnings };
    }
    case 'prettier': {
      const { formatCheckMemo } = await import('./prettier');
      const known = recall<string[]>(formatCheckMemo(root));
      return known && { lines: known, warnings: 0 };
    }
    default:
      return undefined;
  }
}

/** A group that could not run is one problem of that group, with the reason, rather than a crash of the whole check. */
export function failedGroup(name: GroupName, error: unknown): GroupResult {
  const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { lines: [`(${name})  the ${name} check could not run: ${reason}`], warnings: 0 };
}
