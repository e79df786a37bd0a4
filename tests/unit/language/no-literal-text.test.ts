import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoTextFiles } from '@tests/repo-text-files';

const ROOT = join(import.meta.dirname, '../../..');

/** Props that reach the user as words (visible or read out by a screen reader). */
const TEXT_PROP =
  /^(aria-label|aria-description|aria-valuetext|aria-roledescription|alt|title|label|placeholder|helperText|[a-z]\w*(Label|Text|Title|Message|Heading|Caption|Description|Hint|Tooltip))$/;

/** Words, not punctuation, symbols or a lone letter such as the "×" of a size. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

function templateText(node: ts.TemplateExpression | ts.NoSubstitutionTemplateLiteral): string {
  return ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
}

function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    return templateText(node);
  return undefined;
}

/** Texts a component renders from its source instead of from a catalog. */
function literalTexts(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(join(ROOT, path), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${path}:${line} ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && TEXT_PROP.test(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer)
        ? node.initializer.expression
        : node.initializer;
      const text = value && literalText(value);
      if (text !== undefined && hasWords(text)) report(node, text);
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const text = literalText(node.expression);
      if (text !== undefined && hasWords(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('visible text comes from the message catalogs (UX-1)', () => {
  const components = repoTextFiles(ROOT).filter(
    (path) =>
      path.startsWith('src/') && path.endsWith('.tsx') && !/\.(test|stories)\.tsx$/.test(path),
  );

  it('no component renders a literal sentence, label or accessible name', () => {
    expect(components.flatMap(literalTexts)).toEqual([]);
  });
});
