import { expect, test, type Page } from '@playwright/test';
import { axeOn } from './axe';

const violationIds = async (page: Page) =>
  (await (await axeOn(page)).analyze()).violations.map((v) => v.id);

test('axe, put into the page once, still finds what changed since its last scan', async ({
  page,
}) => {
  await page.setContent('<html lang="en"><title>Axe</title><main><h1>Clean</h1></main></html>');
  expect(await violationIds(page)).toEqual([]);

  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(image);
  });
  expect(await violationIds(page)).toContain('image-alt');

  // A new document has no axe of its own: it is put in again.
  await page.goto(
    'data:text/html,<html lang="en"><title>Axe</title><main><img src="x.png"></main>',
  );
  expect(await violationIds(page)).toContain('image-alt');
});
