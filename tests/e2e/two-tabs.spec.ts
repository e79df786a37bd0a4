import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { z } from 'zod/mini';
import { seedTypicalSite } from '../../mocks/cloud/seed';

// R24: every tab of the demo build talks to one simulated cloud (a SharedWorker that keeps it in
// IndexedDB), so tabs never hold two clouds that save over each other.

const jobsSchema = z.object({ items: z.array(z.object({ id: z.string() })) });
const controllersSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** Asks the simulated cloud from inside a tab, as the app does (its MSW worker answers). */
async function cloudJson(page: Page, method: string, path: string, body?: unknown) {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { method, path, body },
  );
  expect(answer.status).toBeLessThan(300);
  return answer.json;
}

function manageDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /^Manage Licenses/ });
}

async function openLicenses(page: Page, address = '/?manage=licenses'): Promise<Locator> {
  await page.goto(address);
  const dialog = manageDialog(page);
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  return dialog;
}

async function writeNote(dialog: Locator, note: string) {
  await dialog
    .getByRole('button', { name: /^Add a note to license/ })
    .first()
    .click();
  const field = dialog.getByRole('textbox', { name: /^Note for license/ });
  await field.fill(note);
  await field.press('Enter');
  await expect(dialog.getByRole('button', { name: `Edit note: ${note}` })).toBeVisible();
}

test('R24 — two tabs start an activation of the same license at once: one job, and it leaves both tabs', async ({
  context,
}) => {
  const tabs = [await context.newPage(), await context.newPage()] as const;
  // Ten minutes per license: the first job is still running when the other tab's request arrives.
  const addresses = [
    '/?scenario=typical-site&activation-ms=600000&manage=download',
    '/?manage=download',
  ];
  const dialogs: Locator[] = [];
  for (const [index, tab] of tabs.entries()) {
    await tab.goto(addresses[index] ?? '/');
    const dialog = tab.getByRole('dialog', { name: /Download Licenses from the Cloud/ });
    await expect(
      dialog.getByRole('table', { name: 'Licenses available in the cloud' }),
    ).toBeVisible();
    dialogs.push(dialog);
  }
  const [first] = dialogs;
  if (!first) throw new Error('two tabs expected');
  const label =
    (await first
      .getByRole('table', { name: 'Licenses available in the cloud' })
      .getByRole('row')
      .filter({ hasText: 'Main Hall' })
      .first()
      .getByRole('checkbox')
      .getAttribute('aria-label')) ?? '';
  const licenseId = /^Select (\S+) for Main Hall$/.exec(label)?.[1] ?? 'no license';
  const controllers = controllersSchema.parse(
    await cloudJson(tabs[0], 'GET', '/cms/segment-controllers'),
  );
  const mainHall = controllers.items.find((c) => c.name === 'Main Hall')?.id ?? 'no controller';

  // Both tabs send the same activation at the same moment, each through its own service worker.
  // (Through the buttons the race is lost before it starts: a tab that has heard of the other's job
  // disables Activate for that license, the rule shown before the user tries.)
  const body = { items: [{ segmentControllerId: mainHall, licenseId }] };
  const statuses = await Promise.all(
    tabs.map((tab) =>
      tab.evaluate(
        async (request) =>
          (
            await fetch('/api/cms/activation-jobs', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(request),
            })
          ).status,
        body,
      ),
    ),
  );
  expect(statuses.sort()).toEqual([202, 409]);
  expect(
    jobsSchema.parse(await cloudJson(tabs[0], 'GET', '/cms/activation-jobs')).items,
  ).toHaveLength(1);

  // The job ends (as if the minutes had passed): the license leaves both tabs' lists.
  await cloudJson(tabs[1], 'PUT', '/dev/activation-pace', { activationMsPerLicense: 0 });
  for (const dialog of dialogs)
    await expect(dialog.getByRole('checkbox', { name: label })).toHaveCount(0);
  expect(
    jobsSchema.parse(await cloudJson(tabs[1], 'GET', '/cms/activation-jobs')).items,
  ).toHaveLength(1);
});

test('R24 — a note written in one tab shows in the other without a reload; closing either tab loses nothing', async ({
  context,
}) => {
  const first = await context.newPage();
  const firstDialog = await openLicenses(first, '/?scenario=typical-site&manage=licenses');
  const second = await context.newPage();
  const secondDialog = await openLicenses(second);

  await writeNote(firstDialog, 'Rack 3, left cabinet');
  await expect(
    secondDialog.getByRole('button', { name: 'Edit note: Rack 3, left cabinet' }),
  ).toBeVisible();
  await writeNote(secondDialog, 'Spare for the garage');
  await expect(
    firstDialog.getByRole('button', { name: 'Edit note: Spare for the garage' }),
  ).toBeVisible();

  // Close the tab that wrote first: the other still has both, also after a reload.
  await first.close();
  await second.reload();
  const reloaded = manageDialog(second);
  await expect(
    reloaded.getByRole('button', { name: 'Edit note: Rack 3, left cabinet' }),
  ).toBeVisible();
  await expect(
    reloaded.getByRole('button', { name: 'Edit note: Spare for the garage' }),
  ).toBeVisible();

  // Close the other one too, so no tab holds the cloud: the next tab finds both notes.
  await second.close();
  const later = await context.newPage();
  const laterDialog = await openLicenses(later);
  await expect(
    laterDialog.getByRole('button', { name: 'Edit note: Rack 3, left cabinet' }),
  ).toBeVisible();
  await expect(
    laterDialog.getByRole('button', { name: 'Edit note: Spare for the garage' }),
  ).toBeVisible();
});

/** Puts text in this origin's localStorage before the app first runs (from a page that is not it). */
async function plantLegacyCopy(page: Page, text: string) {
  await page.goto('/mockServiceWorker.js');
  await page.evaluate((value) => {
    window.localStorage.setItem('license-console:simulated-cloud:v3', value);
  }, text);
}

test('R24 — the cloud a tab kept in localStorage before (version 1) is carried over', async ({
  page,
}) => {
  const state = seedTypicalSite();
  const license = state.licenses.find((l) => l.activation);
  if (!license?.activation) throw new Error('seed');
  license.activation.note = 'Carried over from localStorage';
  const faults = { latencyMs: 0, errorRate: 0, unreachable: false };
  await plantLegacyCopy(page, JSON.stringify({ state, faults, scenario: 'typical-site' }));

  const dialog = await openLicenses(page);
  await expect(
    dialog.getByRole('button', { name: 'Edit note: Carried over from localStorage' }),
  ).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  await page.reload();
  await expect(
    manageDialog(page).getByRole('button', { name: 'Edit note: Carried over from localStorage' }),
  ).toBeVisible();
});

test('R24 — a saved cloud that cannot be used: the app says why, keeps a copy to download, and starts afresh', async ({
  page,
}) => {
  const damaged = JSON.stringify({
    state: { today: 'soon' },
    faults: { latencyMs: 0, errorRate: 0, unreachable: false },
    scenario: 'typical-site',
  });
  await plantLegacyCopy(page, damaged);
  await page.goto('/');
  const problem = page.getByRole('main');
  await expect(
    problem.getByRole('heading', {
      name: 'The simulated cloud saved in this browser cannot be used',
    }),
  ).toBeVisible();
  await expect(problem).toContainText('after migration from version 1');

  const download = page.waitForEvent('download');
  await problem.getByRole('link', { name: 'Download the saved copy' }).click();
  const copy = await (await download).path();
  expect(readFileSync(copy, 'utf8')).toBe(damaged);

  await problem.getByRole('button', { name: 'Start afresh' }).click();
  await expect(manageDialog(page).getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await openLicenses(page);
  await expect(page.getByRole('heading', { name: /cannot be used/ })).toHaveCount(0);
});
