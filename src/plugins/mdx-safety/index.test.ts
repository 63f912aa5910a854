import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import mdxSafetyPlugin from './index';

interface Configured {
  plugins: unknown[];
  cache: { buildDependencies: Record<string, string[]> };
  experiments: { cache: { buildDependencies: string[] } };
}

const context = { siteDir: '/site' } as LoadContext;
const configure = (config: object) => mdxSafetyPlugin(context).configureWebpack!(config as never, false, {} as never, undefined) as unknown as Configured;
const policy = path.join(__dirname, '../../core/mdx-policy.ts');

describe('the MDX safety plugin', () => {
  it("makes the policy a build dependency of webpack's file system cache", () => {
    const result = configure({ cache: { type: 'filesystem' } });
    expect(result.cache.buildDependencies.mdxSafety).toContain(policy);
    expect(result.cache.buildDependencies.mdxSafety).toContain(path.join(__dirname, 'remark-check.ts'));
  });

  it("makes the policy a build dependency of Rspack's persistent cache (Docusaurus Faster)", () => {
    const result = configure({ cache: true, experiments: { cache: { type: 'persistent', buildDependencies: ['/site/docusaurus.config.ts'] } } });
    expect(result.experiments.cache.buildDependencies).toContain(policy);
    expect(result.experiments.cache.buildDependencies).not.toContain(path.join(__dirname, 'index.test.ts'));
  });

  it('adds the check to every bundle, with or without a cache', () => {
    expect(configure({}).plugins).toHaveLength(1);
    expect(configure({ cache: true, experiments: { cache: { type: 'persistent' } } }).plugins).toHaveLength(1);
  });
});
