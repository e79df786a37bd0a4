import type { Plugin } from 'vite';

/**
 * The production build puts everything the entry imports statically (what the browser must load
 * before the first render) into one chunk beside the entry. Left to itself the bundler splits it
 * by which lazy chunks share each module, into some sixty files of a few KiB: each one more request
 * (six at a time per origin under HTTP/1.1) and one more script task before the first render, which
 * a phone on a slow network pays for (Lighthouse P2). Lazily loaded code keeps its own chunks.
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
    buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      // Only the app's single page: a build of many entries (Storybook) is left as it splits.
      if (entries.length !== 1) return;
      const queue = [...entries];
      while (queue.length > 0) {
        const id = queue.pop();
        if (id === undefined || firstLoad.has(id)) continue;
        firstLoad.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      for (const entry of entries) firstLoad.delete(entry);
    },
  };
}
