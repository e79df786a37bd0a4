import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const TOOLTIP = /\/@mui\/material\/Tooltip\/Tooltip\.mjs$/;
const POPPER_ON_FIRST_OPEN = fileURLToPath(
  new URL('../src/components/popper-on-first-open.tsx', import.meta.url),
);

/**
 * Builds give MUI's Tooltip a popper that fetches MUI's Popper (and Popper.js) when the page is
 * idle or a tooltip first opens, instead of with the first load: the app bar and the dashboard
 * show tooltips, and Popper was a tenth of the first load's JS (quality P1). Dev and component
 * tests keep Tooltip as MUI ships it.
 */
export function popperOnFirstOpen(): Plugin {
  return {
    name: 'popper-on-first-open',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../Popper/index.mjs' && importer && TOOLTIP.test(importer)) {
        return POPPER_ON_FIRST_OPEN;
      }
      return null;
    },
  };
}
