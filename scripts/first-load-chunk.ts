import { parseAst, type Plugin, type Rollup } from 'vite';

type Names = Set<string> | 'all';

/** What one module asks of the modules it names: imported bindings, and re-exported ones. */
interface ModuleLinks {
  /** Imported here (or loaded for its side effects: no names). */
  imports: Map<string, Names>;
  /** `export { a as b } from`: exported name → [module, its name]. */
  reexports: Map<string, [string, string]>;
  /** `export * from`: modules whose names pass through unless defined here. */
  starReexports: string[];
  /** `export * as name from`. */
  namespaceReexports: Map<string, string>;
  /** Exports defined here, which a star re-export does not override. */
  own: Set<string>;
}

const add = (names: Names, more: Names): Names =>
  names === 'all' || more === 'all' ? 'all' : new Set([...names, ...more]);

const nameOf = (node: { type: string; name?: string; value?: unknown }) =>
  node.type === 'Identifier' ? (node.name ?? '') : String(node.value);

async function linksOf(
  context: Rollup.PluginContext,
  id: string,
  info: Rollup.ModuleInfo,
): Promise<ModuleLinks> {
  const links: ModuleLinks = {
    imports: new Map(),
    reexports: new Map(),
    starReexports: [],
    namespaceReexports: new Map(),
    own: new Set(),
  };
  const resolve = async (source: string) => (await context.resolve(source, id))?.id;
  const reexported = new Set<string>();
  const imported = new Set<string>();
  if (info.code !== null && !/\.(css|json)$/.test(id)) {
    for (const node of parseAst(info.code).body) {
      if (node.type === 'ImportDeclaration') {
        const target = await resolve(node.source.value);
        if (target === undefined) continue;
        imported.add(target);
        let names: Names = new Set();
        for (const s of node.specifiers) {
          if (s.type === 'ImportNamespaceSpecifier') names = 'all';
          else if (names !== 'all')
            names.add(s.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(s.imported));
        }
        links.imports.set(target, add(links.imports.get(target) ?? new Set(), names));
      } else if (node.type === 'ExportNamedDeclaration' && node.source) {
        const target = await resolve(node.source.value);
        if (target === undefined) continue;
        reexported.add(target);
        for (const s of node.specifiers)
          links.reexports.set(nameOf(s.exported), [target, nameOf(s.local)]);
      } else if (node.type === 'ExportAllDeclaration') {
        const target = await resolve(node.source.value);
        if (target === undefined) continue;
        reexported.add(target);
        if (node.exported) links.namespaceReexports.set(nameOf(node.exported), target);
        else links.starReexports.push(target);
      }
    }
  }
  for (const name of info.exports ?? []) if (!links.reexports.has(name)) links.own.add(name);
  // Anything else it loads (a `require`, the bundler's helpers) is needed whole.
  for (const target of info.importedIds)
    if (!imported.has(target) && !reexported.has(target)) links.imports.set(target, 'all');
  return links;
}

/**
 * The production build puts what the entry needs before the first render (what it imports
 * statically, and through re-exports only the bindings someone imports) into one chunk beside the
 * entry. Left to itself the bundler splits it by which lazy chunks share each module, into some
 * sixty files of a few KiB: each one more request (six at a time per origin under HTTP/1.1) and one
 * more script task before the first render, which a phone on a slow network pays for (Lighthouse
 * P2). Following every re-export instead would carry what only lazy code uses through an index
 * module (a table's pager re-exported beside the table) into the first load (P1). Lazily loaded
 * code keeps its own chunks; whatever this leaves out, the bundler still loads where it is needed.
 */
export function firstLoadChunk(): Plugin {
  const firstLoad = new Set<string>();
  return {
    name: 'first-load-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [{ name: 'first-load', test: (id: string) => firstLoad.has(id) }],
            },
          },
        },
      },
    }),
    async buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      // Only the app's single page: a build of many entries (Storybook) is left as it splits.
      if (entries.length !== 1) return;
      const links = new Map<string, ModuleLinks>();
      const needed = new Map<string, Names>();
      const queue: [string, Names][] = entries.map((id) => [id, 'all']);
      while (queue.length > 0) {
        const next = queue.pop();
        if (next === undefined) break;
        const [id, names] = next;
        const before = needed.get(id);
        const after = before === undefined ? names : add(before, names);
        const fresh =
          before === undefined
            ? after
            : after === 'all'
              ? before === 'all'
                ? new Set<string>()
                : 'all'
              : new Set([...after].filter((name) => before !== 'all' && !before.has(name)));
        if (before !== undefined && fresh !== 'all' && fresh.size === 0) continue;
        needed.set(id, after);
        const info = this.getModuleInfo(id);
        if (!info) continue;
        let own = links.get(id);
        if (!own) {
          own = await linksOf(this, id, info);
          links.set(id, own);
        }
        if (before === undefined)
          for (const [target, wanted] of own.imports) queue.push([target, wanted]);
        for (const [exported, [target, name]] of own.reexports)
          if (fresh === 'all' || fresh.has(exported)) queue.push([target, new Set([name])]);
        for (const [exported, target] of own.namespaceReexports)
          if (fresh === 'all' || fresh.has(exported)) queue.push([target, 'all']);
        const passing: Names =
          fresh === 'all'
            ? 'all'
            : new Set([...fresh].filter((name) => !own.own.has(name) && !own.reexports.has(name)));
        if (passing === 'all' || passing.size > 0)
          for (const target of own.starReexports) queue.push([target, passing]);
      }
      for (const id of needed.keys()) firstLoad.add(id);
      for (const entry of entries) firstLoad.delete(entry);
    },
  };
}
