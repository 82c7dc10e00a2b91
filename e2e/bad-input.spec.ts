import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { badInput, BadInputPage, renamedCopies } from './pages/bad-input-page';
import { CodebookPage } from './pages/codebook-page';
import { DocumentsPage } from './pages/documents-page';
import { ExchangePage } from './pages/exchange-page';

const SCRIPT_LINE = 'P1: <script>alert("x")</script> <img src=x onerror="alert(1)">';

/** Files refused by the Documents import, each with the words its reason must contain. */
const REFUSED_DOCUMENTS: readonly [string, string][] = [
  ['zip-bomb.docx', 'zip-bomb.docx: the file expands to more than 200 MB'],
  ['lying-sizes.docx', 'refused as a possible zip bomb'],
  ['png-renamed.docx', 'png-renamed.docx is not a valid Word document'],
  ['truncated.docx', 'the file is damaged or truncated'],
  ['binary.txt', 'binary.txt looks like a binary file, not text'],
  ['empty.txt', 'empty.txt is empty'],
];

/** Hostile projects refused by the Import/Export view, with their reasons. */
const REFUSED_PROJECTS: readonly [string, string][] = [
  ['xxe.qdpx', 'The XML declares a DOCTYPE or ENTITY'],
  ['billion-laughs.qdpx', 'The XML declares a DOCTYPE or ENTITY'],
  ['zip-slip-parent.qdpx', 'unsafe path ("../../evil.txt")'],
  ['zip-slip-absolute.qdpx', 'unsafe path ("/tmp/evil.txt")'],
  ['zip-bomb.qdpx', '(zip bomb?)'],
  ['malformed.qdpx', 'The XML is malformed'],
  ['newer-version.mazmun.json', 'made by a newer Mazmun (backup format 999)'],
  ['truncated.mazmun.json', 'damaged or incomplete'],
];

test('hostile files are refused plainly, markup stays text, and the app stays usable', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const guard = new BadInputPage(page);
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  // First launch imports and opens the sample study; wait for it, or it takes the view back.
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  const projects = await app.goToProjects();
  await projects.create('Hostile input');
  await expect(page.getByLabel('Current project')).toContainText('Hostile input');

  // 1. Good and bad transcripts at once: the good ones come in, each bad one is named.
  const docs = await DocumentsPage.open(page);
  const before = await guard.tableCounts();
  const good = renamedCopies({
    'Markup transcript.txt': 'script.txt',
    'Markup in Word.docx': 'script.docx',
    'Old Persian file.txt': 'windows-1256.txt',
  });
  await docs.importFiles([...good, ...REFUSED_DOCUMENTS.map(([f]) => badInput(f))]);
  await expect(guard.failedItems).toHaveCount(REFUSED_DOCUMENTS.length);
  for (const [i, [file, reason]] of REFUSED_DOCUMENTS.entries()) {
    // The file is named, once (the importers' reasons already start with its name).
    await expect(guard.failedItems.nth(i)).toContainText(file);
    expect((await guard.failedItems.nth(i).innerText()).split(file).length - 1).toBe(1);
    await expect(guard.failedItems.nth(i)).toContainText(reason);
  }
  for (const title of ['Markup transcript', 'Markup in Word', 'Old Persian file']) {
    await expect(docs.row(title)).toBeVisible();
  }
  await expect(docs.table.getByRole('row')).toHaveCount(1 + good.length);
  await guard.screenshot('bad-input-documents-en');
  // In Persian the same refusals read in Persian; the file names stay as they are.
  await app.switchLanguage('fa');
  await expect(guard.failedItems.nth(0)).toContainText('بمب فشرده');
  await expect(guard.failedItems.nth(0)).toContainText('zip-bomb.docx');
  await expect(guard.failedItems.nth(0)).not.toContainText('refused');
  await guard.screenshot('bad-input-documents-fa');
  await app.switchLanguage('en');
  // Three documents (meta + text rows), the search keys of the new project's texts (one pack:
  // they are far under a pack's size), the project's timestamp; nothing else.
  const afterDocs = await guard.tableCounts();
  expect(afterDocs).toEqual({
    ...before,
    documents: (before.documents ?? 0) + good.length,
    documentTexts: (before.documentTexts ?? 0) + good.length,
    searchKeys: (before.searchKeys ?? 0) + 1,
  });

  // 2. Hostile projects and backups: refused, nothing written, no project added.
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  for (const [file, reason] of REFUSED_PROJECTS) {
    await exchange.pick(badInput(file));
    await guard.expectRefusedInExchange(file, reason);
  }
  await guard.screenshot('bad-input-exchange-en');
  expect(await guard.tableCounts()).toEqual(afterDocs);
  await app.switchLanguage('fa');
  await exchange.pick(badInput('zip-slip-parent.qdpx'));
  await expect(exchange.alert).toContainText('چیزی ذخیره نشد');
  await expect(exchange.alert).toContainText('مسیر ناامن');
  await expect(exchange.alert).toContainText('../../evil.txt');
  await expect(exchange.alert).not.toContainText('unsafe path');
  await guard.screenshot('bad-input-exchange-fa');
  await app.switchLanguage('en');
  await expect((await app.goToProjects()).list.getByRole('listitem')).toHaveCount(2);

  // 3. The markup in a transcript is shown as text, never run or rendered.
  const t = await (await guard.documentList()).openDocument('Markup transcript');
  await expect(t.text).toContainText(SCRIPT_LINE);
  await expect(t.text).toContainText('<a href="javascript:alert(2)">link</a> &amp; &lt;');
  await expect(t.text).toContainText('<b>متن</b>');
  await t.screenshot('bad-input-transcript-en');
  const word = await (await guard.documentList()).openDocument('Markup in Word');
  await expect(word.text).toContainText(SCRIPT_LINE);

  // 4. Still usable: a code made in the codebook, a passage coded with it.
  const codebook = await CodebookPage.open(page);
  await codebook.create('Safety');
  const again = await (await guard.documentList()).openDocument('Markup transcript');
  await again.dragSelect('Did the page show this?');
  await again.codeWith('Safety');
  await expect(again.highlight(['Safety'])).toHaveText('Did the page show this?');
  await app.switchLanguage('fa');
  await again.screenshot('bad-input-transcript-fa');
  await app.switchLanguage('en');

  expect(guard.dialogs).toEqual([]);
  expect(await guard.injectedElements()).toEqual([]);
  expect(await guard.tableCounts()).toEqual({
    ...afterDocs,
    codes: (afterDocs.codes ?? 0) + 1,
    codings: (afterDocs.codings ?? 0) + 1,
    // The coded transcript had no codings, so it gains its coding pack.
    codingPacks: (afterDocs.codingPacks ?? 0) + 1,
  });
});
