import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The repository's own config, as `npm run lint` uses it, on a snippet posing as an app file. */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });
});

async function reports(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/lint-rules-sample.tsx' });
  return (result?.messages ?? []).map((message) => message.message);
}

const component = (jsx: string) => `export const Sample = () => ${jsx};\n`;

describe('lint: quality R15 rules stand in for react/no-danger and react/jsx-no-script-url', () => {
  it('react/no-danger: reports dangerouslySetInnerHTML', async () => {
    const messages = await reports(
      component(`<div dangerouslySetInnerHTML={{ __html: '<img src=x onerror=alert(1)>' }} />`),
    );
    expect(messages).toEqual([expect.stringMatching(/^react\/no-danger: /)]);
  });

  it.each([
    ['a string attribute', `<a href="javascript:alert(1)">x</a>`],
    ['upper case after spaces', `<a href="  JavaScript:alert(1)">x</a>`],
    ['a string in braces', `<a href={'javascript:void(0)'}>x</a>`],
    ['a tab inside the word', `<a href={'java\\tscript:alert(1)'}>x</a>`],
    ['a template', '<a href={`javascript:${String(1)}`}>x</a>'],
    ['any attribute', `<form action="javascript:alert(1)" />`],
  ])('react/jsx-no-script-url: reports a javascript: URL in %s', async (_case, jsx) => {
    expect(await reports(component(jsx))).toEqual([
      expect.stringMatching(/^react\/jsx-no-script-url: /),
    ]);
  });

  it('stays quiet on text, safe URLs and text that merely mentions javascript:', async () => {
    const messages = await reports(
      component(
        `<a href="https://example.com/?q=javascript:" title={'See javascript: URLs'}>{'javascript:alert(1)'}</a>`,
      ),
    );
    expect(messages).toEqual([]);
  });
});

describe('lint: the layer boundaries hold in nested feature folders', () => {
  async function reportsIn(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((message) => message.message);
  }
  const NESTED = 'src/features/manage-licenses/dialog/licenses/sample.tsx';

  it('reports one feature importing another from a nested folder', async () => {
    const messages = await reportsIn(
      NESTED,
      `import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';\nexport const X = LicenseManagerPage;\n`,
    );
    expect(messages).toEqual([expect.stringMatching(/Features never import each other/)]);
  });

  it('allows a nested folder to import its own feature through the alias', async () => {
    const messages = await reportsIn(
      NESTED,
      `import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';\nexport const X = useManageLicensesUrl;\n`,
    );
    expect(messages).toEqual([]);
  });

  it.each(['@mui/material/Table', '@mui/material/TableCell', '@mui/material/Dialog'])(
    'reports %s used directly in a feature (the wrappers in src/components instead)',
    async (module) => {
      const messages = await reportsIn(NESTED, `import X from '${module}';\nexport const Y = X;\n`);
      expect(messages).toEqual([expect.stringMatching(/Use the wrappers: DataTable/)]);
    },
  );
});
