import { readFile } from 'node:fs/promises';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { transformWithOxc, type Plugin } from 'vite';

const SUFFIX = '?precompiled';
/** The modules that hand a locale's catalogs to react-intl (src/lib/i18n/catalogs). */
const LOADER = /\/src\/lib\/i18n\/catalogs\/(index|english-areas|german)\.ts$/;
const CATALOG = /^\.\/[\w-]+\.(en|de)$/;
const AREA_WORDS = /\/src\/lib\/i18n\/catalogs\/english-areas\.ts$/;

type Catalog = Record<string, string>;

const isCatalog = (value: unknown): value is Catalog =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((text) => typeof text === 'string');

/** A catalog module's exports, run in Node: catalogs are data with type-only imports. */
async function catalogsIn(file: string): Promise<Record<string, Catalog>> {
  const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  const exports: Record<string, unknown> = await import(url);
  const catalogs: Record<string, Catalog> = {};
  for (const [name, value] of Object.entries(exports)) {
    if (!isCatalog(value)) throw new Error(`${file}: export ${name} is not a catalog of texts`);
    catalogs[name] = value;
  }
  return catalogs;
}

const precompile = (catalog: Catalog, locale: Intl.Locale) =>
  Object.fromEntries(
    Object.entries(catalog).map(([id, text]): [string, MessageFormatElement[]] => [
      id,
      parse(text, { locale }),
    ]),
  );

/**
 * Builds hand react-intl its messages parsed already, and bundle the ICU parser's stub instead of
 * the parser: some 10 KiB gzip less in the first load (quality P1) and no parsing while the first
 * view renders (P2). Other importers of a catalog (tests' helpers) still get its texts.
 *
 * It also keeps the first load to its own words: a module in the entry's chunks that names an id of
 * an on-demand area's catalog (english-areas.ts) fails the build, since those words arrive only
 * with code loaded later (`preloadable`) and the screen would show the bare id.
 */
export function precompiledCatalogs(): Plugin {
  const idsByModule = new Map<string, string[]>();
  return {
    name: 'precompiled-catalogs',
    apply: 'build',
    // Ahead of Vite's own resolver, which would resolve a loader's catalog to its plain file.
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    async resolveId(source, importer) {
      if (!importer || !LOADER.test(importer) || !CATALOG.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    async load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      const locale = new Intl.Locale(file.endsWith('.de.ts') ? 'de' : 'en');
      const catalogs = await catalogsIn(file);
      idsByModule.set(
        id,
        Object.values(catalogs).flatMap((catalog) => Object.keys(catalog)),
      );
      return Object.entries(catalogs)
        .map(
          ([name, catalog]) =>
            `export const ${name} = ${JSON.stringify(precompile(catalog, locale))};`,
        )
        .join('\n');
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
      const entries = chunks.filter((chunk) => chunk.isEntry);
      const areaWords = [...this.getModuleIds()].find((id) => AREA_WORDS.test(id));
      // Only the app's single page: a build of many entries (Storybook) is left alone.
      if (entries.length !== 1 || areaWords === undefined) return;
      const areaIds = (this.getModuleInfo(areaWords)?.importedIds ?? []).flatMap(
        (id) => idsByModule.get(id) ?? [],
      );
      const firstLoad = new Set(entries);
      for (const chunk of firstLoad)
        for (const name of chunk.imports)
          for (const found of chunks) if (found.fileName === name) firstLoad.add(found);
      const misplaced = [...firstLoad].flatMap((chunk) =>
        Object.entries(chunk.modules).flatMap(([module, { code }]) =>
          module.endsWith(SUFFIX) || code === null
            ? []
            : areaIds
                .filter((id) => code.includes(`"${id}"`) || code.includes(`'${id}'`))
                .map((id) => `${module.replace(/^.*\/src\//, 'src/')} names ${id}`),
        ),
      );
      if (misplaced.length > 0)
        this.error(
          `The first load names words that arrive later (english-areas.ts); move them to a first-load catalog:\n${misplaced.join('\n')}`,
        );
    },
  };
}
