import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../core/mdx-policy';
import { MDX_COMPONENT_MODULES } from './component-modules';
import remarkComponentImports from './remark-component-imports';

const ROOT = path.resolve(__dirname, '../../..');
const compiled = async (mdx: string) => String(await compile(mdx, { remarkPlugins: [remarkComponentImports] }));

describe('remarkComponentImports', () => {
  it('imports each policy component a page uses, once, and no other', async () => {
    const code = await compiled(
      '# Plan\n\n<BuyInPlanner />\n\n<Activity minutes="10">Talk it over. <FacilitatorNote>Keep time.</FacilitatorNote></Activity>\n\n<BuyInPlanner />\n',
    );
    const imports = code.split('\n').filter((line) => line.startsWith('import ') && line.includes('@site/'));
    expect(imports).toEqual([
      'import Activity from "@site/src/components/lesson/Activity";',
      'import BuyInPlanner from "@site/src/components/tools/buy-in/BuyInPlanner";',
      'import FacilitatorNote from "@site/src/components/lesson/FacilitatorNote";',
    ]);
  });

  it('adds nothing to a page that uses no component', async () => {
    expect(await compiled('# Only words\n\nA paragraph.\n')).not.toContain('@site/');
  });

  it('knows a module for every component of the policy, and each module exists', () => {
    expect(Object.keys(MDX_COMPONENT_MODULES).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
    for (const module of Object.values(MDX_COMPONENT_MODULES)) {
      const file = path.join(ROOT, module.replace('@site/', ''));
      expect(
        ['.tsx', '.ts'].some((extension) => fs.existsSync(file + extension)),
        module,
      ).toBe(true);
    }
  });
});
