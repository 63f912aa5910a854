/**
 * Puts the safety check into every MDX compiler of the build, whichever plugin made it: pages, docs,
 * versioned and translated docs, a blog, or a plugin instance added later. The bundler tells us the
 * loaders of each module just before they run; where one of them is Docusaurus's MDX loader, its options
 * get the check as the first remark plugin, and right after it the imports of the policy components the
 * page uses (so that each page carries only its own tools). A module compiled by an MDX loader whose
 * options cannot take the check stops the build instead of slipping past it.
 *
 * Webpack offers the loader list in its `beforeLoaders` hook. Rspack (the bundler of Docusaurus
 * Faster) offers it in the `loader` hook, on the loader context, before the first loader runs; a
 * bundler that offers neither stops the build, so no page is ever compiled unchecked.
 */
import type { Compiler } from 'webpack';
import remarkCodeBlocks from './remark-code-blocks';
import remarkComponentImports from './remark-component-imports';
import remarkMdxSafetyCheck from './remark-check';

const PLUGIN_NAME = 'MdxSafetyCheck';
const MDX_LOADER = /[\\/]@docusaurus[\\/]mdx-loader[\\/]/;

interface LoaderItem {
  loader?: string;
  path?: string;
  options?: string | Record<string, unknown> | null;
}

interface ModuleHooks {
  beforeLoaders?: { tap(name: string, fn: (loaders: LoaderItem[], module: { resource?: string }) => void): void };
  loader?: { tap(name: string, fn: (context: { loaders?: LoaderItem[]; resourcePath?: string }, module: { resource?: string }) => void): void };
}

export class MdxSafetyWebpackPlugin {
  // One checked copy of each loader's options, so that MDX's compiler cache still works (it is keyed
  // on the options object) and the client and server compilations share it.
  private readonly checked = new WeakMap<object, Record<string, unknown>>();

  constructor(private readonly siteDir: string) {}

  apply(compiler: Compiler): void {
    const { NormalModule } = compiler.webpack;
    compiler.hooks.compilation.tap(PLUGIN_NAME, (compilation) => {
      const hooks = NormalModule.getCompilationHooks(compilation) as unknown as ModuleHooks;
      if (hooks.beforeLoaders) {
        hooks.beforeLoaders.tap(PLUGIN_NAME, (loaders, module) => this.checkLoaders(loaders, module.resource));
      } else if (hooks.loader) {
        hooks.loader.tap(PLUGIN_NAME, (context, module) => this.checkLoaders(context.loaders, module?.resource ?? context.resourcePath));
      } else {
        throw new Error('This bundler does not show a module its loaders before they run, so the MDX safety check cannot run; the build stopped.');
      }
    });
  }

  private checkLoaders(loaders: LoaderItem[] | undefined, resource: string | undefined): void {
    for (const item of loaders ?? []) {
      if (!MDX_LOADER.test(item.loader ?? item.path ?? '')) continue;
      if (!item.options || typeof item.options !== 'object') {
        throw new Error(`${resource ?? 'A page'}: the MDX loader has no options object, so the safety check cannot run; the build stopped.`);
      }
      item.options = this.withCheck(item.options);
    }
  }

  private withCheck(options: Record<string, unknown>): Record<string, unknown> {
    let checked = this.checked.get(options);
    if (!checked) {
      const before = (options.beforeDefaultRemarkPlugins as unknown[] | undefined) ?? [];
      // The processors made ahead of time do not have the check; without them the loader makes new ones.
      checked = {
        ...options,
        beforeDefaultRemarkPlugins: [[remarkMdxSafetyCheck, { siteDir: this.siteDir }], remarkComponentImports, remarkCodeBlocks, ...before],
        processors: undefined,
      };
      this.checked.set(options, checked);
      this.checked.set(checked, checked);
    }
    return checked;
  }
}
