import sharp from 'sharp';
import { buildDocx } from '../../electron/core/docx/testing/buildDocx.ts';
import * as w from '../../electron/core/docx/testing/wordXml.ts';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor } from './storyPage.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A reporter's Word file: title, bold and italic, a link, a list, a picture with alt text, a comment and a footnote. */
async function reportDocx(): Promise<Uint8Array> {
  const picture = new Uint8Array(await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6f97' } }).png().toBuffer());
  return buildDocx({
    links: { rIdLink: 'https://www.example.org/report' },
    pictures: [{ rId: 'rIdImg', fileName: 'image1.png', contentType: 'image/png', bytes: picture }],
    comments: [{ id: 0, author: 'Desk', text: 'Check the figure' }],
    footnotes: ['Council figures, June 2025.'],
    body: [
      w.paragraph('Floods close the coast road', { style: 'Title' }),
      w.paragraph([w.run('Heavy rain '), w.run('closed', { bold: true }), w.run(' the road on '), w.run('Monday', { italic: true }), w.run('.'), w.footnoteReference(1)]),
      w.paragraph([w.run('Read '), w.hyperlink('rIdLink', 'the council report'), w.run('.')]),
      w.paragraph('Schools shut', { list: { numId: 1 } }),
      w.paragraph('Buses diverted', { list: { numId: 1 } }),
      w.paragraph([w.inlinePicture('rIdImg', 'Water over the coast road at dawn')]),
      w.paragraph([w.commented(0, 'About 300 homes'), w.run(' lost power.')]),
    ],
  });
}

test('a .docx dropped on the library becomes a story that opens, with its notices shown', async ({ page, newsdesk }) => {
  const bytes = Array.from(await reportDocx());
  await page.goto(newsdesk.url);
  await expect(page.getByTestId('library-empty')).toBeVisible();

  // A real drop: a File in a DataTransfer, dispatched as the browser does.
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'flood-report.docx', { type }));
      return transfer;
    },
    { bytes, type: DOCX_TYPE },
  );
  const library = page.getByTestId('library');
  await library.dispatchEvent('dragenter', { dataTransfer });
  await library.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByTestId('library-drop-hint')).toBeVisible();
  await library.dispatchEvent('drop', { dataTransfer });

  // The new story opens with the headline, the body and the picture.
  await expect(page.getByTestId('story-view')).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Floods close the coast road');
  const body = bodyEditor(page);
  await expect(body.locator('strong')).toHaveText('closed');
  await expect(body.locator('em')).toHaveText('Monday');
  await expect(body.locator('a[href="https://www.example.org/report"]')).toHaveText('the council report');
  await expect(body.locator('ul > li')).toHaveText(['Schools shut', 'Buses diverted']);
  await expect(body.getByRole('heading', { name: 'Notes', level: 2 })).toBeVisible();
  await expect(body.locator('ol > li')).toHaveText(['Council figures, June 2025.']);
  await expect(body).toContainText('Monday.[1]');
  await expect(body).not.toContainText('Check the figure');
  const picture = body.locator('img[alt="Water over the coast road at dawn"]');
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // What was dropped is said, and kept in the desk notes.
  const notice = page.getByTestId('toast').filter({ hasText: 'Imported flood-report.docx' });
  await expect(notice).toContainText('1 comment was dropped');
  await expect(notice).toContainText('1 footnote became the Notes section');
  await expect(page.getByLabel('Desk notes')).toHaveValue(/^Imported from flood-report\.docx\.\n• 1 comment was dropped/);
});

test('a .docx picked in the import dialog is imported; a password-protected one is refused and creates nothing', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  await expect(page.getByTestId('library-empty')).toBeVisible();

  // An encrypted Office file: an OLE compound file holding an EncryptionInfo stream.
  const locked = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(locked);
  Buffer.from('EncryptionInfo', 'utf16le').copy(locked, 1024);
  const input = page.getByLabel('Import stories and pictures');
  await input.setInputFiles({ name: 'locked.docx', mimeType: DOCX_TYPE, buffer: locked });
  await expect(page.getByTestId('import-errors')).toContainText('locked.docx: locked.docx is protected with a password');
  await expect(page.getByTestId('story-row')).toHaveCount(0);

  await input.setInputFiles({ name: 'flood-report.docx', mimeType: DOCX_TYPE, buffer: Buffer.from(await reportDocx()) });
  await expect(page.getByTestId('story-view')).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Floods close the coast road');
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByTestId('story-row')).toHaveCount(1);
});
