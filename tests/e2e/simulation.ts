import { expect, type Page } from '@playwright/test';

/** The dev toolbar moves the simulated clock (MC-2, MC-4); every day in between runs in order. */
export async function goToDate(page: Page, date: string) {
  await page.getByRole('button', { name: 'Simulation' }).click();
  const controls = page.getByRole('region', { name: 'Simulated cloud controls' });
  await controls.getByLabel('Go to date').fill(date);
  await controls.getByRole('button', { name: 'Go' }).click();
  await expect(controls).toContainText(`Simulated date: ${date}`);
  await controls.getByRole('button', { name: 'Close simulated cloud controls' }).click();
}
