#!/usr/bin/env bash
# `npm test`: every suite, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
bash scripts/ensure-chromium.sh

echo "== typecheck" && npm run -s typecheck
echo "== lint" && npm run -s lint
echo "== format" && npm run -s format:check
echo "== unit, component, build and story tests" && npx vitest run
echo "== end-to-end (production build in Chromium)" && npx playwright test
