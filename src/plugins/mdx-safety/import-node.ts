import type { RootContent } from 'mdast';

/** `import Name from 'module'` as MDX holds it: the text and the program MDX compiles. */
export function importNode(name: string, module: string): RootContent {
  const source = JSON.stringify(module);
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${source};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: module, raw: source },
            attributes: [],
          },
        ],
      },
    },
  } as RootContent;
}
