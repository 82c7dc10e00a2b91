import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test('a project survives a reload, and can be renamed and deleted', async ({ page }) => {
  const app = await AppPage.open(page);
  let projects = await app.goToProjects();
  await projects.create('Pilot interviews');
  await expect(page.locator('.topbar')).toContainText('Pilot interviews');

  await page.reload();
  projects = await (await AppPage.open(page)).goToProjects();
  await expect(projects.item('Pilot interviews')).toBeVisible();
  // The app reopened the last project after the reload.
  await expect(page.locator('.topbar')).toContainText('Pilot interviews');

  await projects.rename('Pilot interviews', 'Pilot study');
  await expect(projects.item('Pilot study')).toBeVisible();
  await projects.delete('Pilot study');
  await expect(projects.list.getByText('Pilot study')).toHaveCount(0);
});

test('Persian flips the whole interface to right-to-left with Persian digits', async ({ page }) => {
  const app = await AppPage.open(page);
  await (await app.goToProjects()).create('دیپلماسی رسمی ایران و آذربایجان');
  await app.switchLanguage('fa');
  const projects = await app.goToProjects();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.getByRole('heading', { name: 'پروژه‌ها', exact: true })).toBeVisible();
  // Dates and numbers use Persian digits.
  await expect(projects.list.getByRole('listitem').first()).toContainText(/[۰-۹]/);
  // The navigation sits on the right in a right-to-left page.
  const nav = await page.getByRole('navigation').boundingBox();
  const main = await page.getByRole('main').boundingBox();
  expect(nav && main && nav.x > main.x).toBe(true);
  await app.screenshot('shell-fa');
  await app.switchLanguage('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await app.screenshot('shell-en');
});
