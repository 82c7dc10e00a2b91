import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CasesPage } from './pages/cases-page';
import { DocumentsPage } from './pages/documents-page';

// Cases (issue 13.7): a 70-row CSV imports in one transaction (a failure mid-way leaves nothing)
// with a progress bar, and documents named after cases are linked through the preview.
const OUT = join(process.cwd(), 'test-results-memos', 'cases-link');
const SHOTS = 'test-results-memos/screens';

/** 70 cases: P01…P70, a Solar Hijri year, a role. */
function casesCsv(): string {
  const lines = ['Case,سال,نقش'];
  for (let i = 1; i <= 70; i++) {
    const name = `P${String(i).padStart(2, '0')}`;
    lines.push(`${name},${1398 + (i % 6)},${i % 2 ? 'دانشگاهی' : 'دیپلمات'}`);
  }
  return lines.join('\n') + '\n';
}

function makeFiles(): { csv: string; docs: string[] } {
  mkdirSync(OUT, { recursive: true });
  const csv = join(OUT, 'cases.csv');
  writeFileSync(csv, casesCsv());
  const docs = [
    ['P01.txt', 'First interview.'],
    ['interview_P02.txt', 'Second interview.'],
    ['مصاحبه P03.txt', 'مصاحبهٔ سوم.'],
    ['field notes.txt', 'Notes of the field.'],
  ].map(([name, text]) => {
    const p = join(OUT, name as string);
    writeFileSync(p, text as string);
    return p;
  });
  return { csv, docs };
}

/** How many rows the `cases` store holds (every project). */
function storedCases(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('mazmun');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('cases', 'readonly').objectStore('cases').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function importCsv(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import attributes from CSV…' }).click();
  await (await chooser).setFiles(path);
}

test('70 cases import in one transaction, and documents link to cases by name', async ({
  page,
}) => {
  const { csv, docs } = makeFiles();
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  await (await app.goToProjects()).create('Cases link study');
  const documents = await DocumentsPage.open(page);
  await documents.importFiles(docs);
  await expect(documents.table.getByRole('row')).toHaveCount(5); // header + 4 documents

  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Cases$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  const before = await storedCases(page);

  // A failure at the 35th case written: the one transaction leaves nothing behind.
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype;
    const add = proto.add;
    let n = 0;
    (window as unknown as { restoreAdd: () => void }).restoreAdd = () => {
      proto.add = add;
    };
    proto.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'cases' && ++n === 35) {
        throw new DOMException('Simulated full disk', 'QuotaExceededError');
      }
      return add.apply(this, args);
    };
  });
  await importCsv(page, csv);
  await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Import finished/)).toHaveCount(0);
  expect(await storedCases(page)).toBe(before);
  await page.evaluate(() => (window as unknown as { restoreAdd: () => void }).restoreAdd());

  // Again without the failure: the summary comes once all 70 are written.
  await importCsv(page, csv);
  await expect(page.getByText(/^Import finished: 2 attributes and 70 cases created/)).toBeVisible({
    timeout: 30_000,
  });
  expect(await storedCases(page)).toBe(before + 70);
  const cases = new CasesPage(page);
  await expect(cases.bodyRows).toHaveCount(70);
  // Years without digit grouping.
  await expect(cases.cell('سال', 'P01')).toHaveAccessibleName(/: 1399$/);

  // Link by name: the preview, then one step.
  await page.getByRole('button', { name: 'Link documents by name…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link documents to cases by name' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    '3 matched · 0 ambiguous · 1 unmatched · 0 already linked',
  );
  const preview = dialog.getByRole('table');
  await expect(preview.getByRole('row', { name: /interview_P02/ })).toContainText('P02');
  await expect(preview.getByRole('row', { name: /field notes/ })).toContainText('No match');
  const axe = await new AxeBuilder({ page }).include('.cs-link-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cases-link-en.png` });
  await dialog.getByRole('button', { name: 'Link 3 documents' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^3 documents linked to their cases/)).toBeVisible();

  // The cases table: sort, filter, group; the linked counts.
  await page.getByLabel('Filter cases').fill('P0');
  await expect(cases.bodyRows).toHaveCount(9);
  await page.getByLabel('Filter cases').fill('');
  await page.getByLabel('Group by').selectOption({ label: 'نقش' });
  await expect(cases.table.locator('tr.cs-group').first()).toHaveText('دانشگاهی: 35 cases');
  await page.getByLabel('Group by').selectOption({ label: '— no grouping —' });
  await page.getByRole('button', { name: 'Sort by Documents' }).click();
  await page.getByRole('button', { name: 'Sort by Documents' }).click();
  const firstThree = cases.bodyRows.locator('th[scope=row]');
  await expect(firstThree.nth(0)).toContainText('P01');
  await expect(firstThree.nth(2)).toContainText('P03');
  const axeTable = await new AxeBuilder({ page }).include('.cs-cases-view').analyze();
  expect(axeTable.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Source labels in the documents list: the case's name once linked, else a running number;
  // a label with a comma is refused (commas join labels in the report).
  await DocumentsPage.open(page);
  await expect(
    page.getByRole('button', { name: 'Source label of interview_P02: P02' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Source label of field notes: 1' }).click();
  const labelBox = page.getByRole('textbox', { name: 'Source label of field notes' });
  await labelBox.fill('notes, field');
  await labelBox.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'holds a comma' })).toBeVisible();
  await labelBox.fill('FN');
  await labelBox.press('Enter');
  await expect(page.getByRole('button', { name: 'Source label of field notes: FN' })).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Cases$/ })
    .click();

  await app.switchLanguage('fa');
  await expect(cases.cell('سال', 'P01')).toHaveAccessibleName(/: ۱۳۹۹$/);
  const axeFa = await new AxeBuilder({ page }).include('.cs-cases-view').analyze();
  expect(axeFa.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cases-fa.png` });
});
