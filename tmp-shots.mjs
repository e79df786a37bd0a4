import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }], ['laptop', { width: 1024, height: 768 }]]) {
  const page = await browser.newPage({ viewport });
  await page.goto('http://localhost:5199/fleet/sensors/282C94?scenario=typical-site');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/sp-expired-${name}.png`, fullPage: true });
  await page.goto('http://localhost:5199/fleet?scenario=typical-site');
  await page.getByRole('table', { name: 'Sensors', exact: true }).and(page.locator('[aria-busy="false"]')).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/fleet-${name}.png` });
  await page.close();
}
await browser.close();
