import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryPages, snapshotRead } from '../../electron/db/snapshotRead';
import { answerDownload, DOWNLOAD_FAILED } from '../../electron/export/downloadAnswer';
import { DOWNLOAD_FOR_ANOTHER, DOWNLOAD_GONE, DOWNLOAD_TTL_MS, type DownloadOpening } from '../../electron/export/downloadDesk';
import { writeXlsx } from '../../electron/export/xlsx';
import { memoryLogger } from '../../electron/log';
import { appProtocolHandler } from '../../electron/protocol/appProtocol';
import { SCREEN_LOCKED, SIGN_IN_FIRST } from '../../shared/contract/access';
import { ledgerColumns } from '../../shared/contract/loans';
import { XLSX_MIME } from '../../shared/exportFile';
import { REQUEST_COLUMNS } from '../../shared/interpretationColumns';
import { downloadedBook, fetchDownload, sheetRows } from '../helpers/downloads';
import { loanDeskAt } from '../helpers/loanDesk';
import { realClock, tempDir, type TempCore } from '../helpers/tempCore';

/*
 * Years of the ledger or of interpretation requests are not carried back in a channel's answer: the channel
 * checks the input and the person, and answers with a one-time address; the file is written into that download
 * as the records are read, a page at a time, by the one function the preview and app:// both answer it with.
 */

let app: TempCore;
let now = realClock();
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

const june = { from: '2024-06-01', to: '2024-06-30' };

/** June 2024 at a desk: four loans (one with a phone in its note) and three interpretation requests, 김담당 signed in. */
async function desk() {
  now = realClock();
  app = await loanDeskAt('2024-06-14T10:00:00+09:00', ['W-01', 'W-02', 'W-03', 'W-04'], { clock: () => now });
  const clerk = (await app.must('session.current', {})).staffId!;
  const departmentId = (await app.must('departments.list', {})).find((d) => d.name === '민원회계과')!.id;
  const other = await app.asAdmin(async () => {
    await app.must('settings.save', { officeName: '○○구청' });
    return app.must('staff.save', { name: '이담당', departmentId });
  });
  // 이담당 gets a PIN of their own (the test can sign them in later), then 김담당 is back at the PC.
  await app.signInAs(other.id);
  await app.signInAs(clerk);
  const hong = await app.must('loans.lend', {
    wheelchairId: 1, borrowerName: '홍길동', borrowerPhone: '010-1234-5678', consent: true, purpose: 'outside', startDate: '2024-06-03', startTime: '10:00',
    note: '보호자 010-5555-6666',
  });
  await app.must('loans.return', { loanId: hong.id, returnDate: '2024-06-07', returnTime: '11:00' });
  await app.must('loans.lend', { wheelchairId: 2, borrowerName: '성춘향', borrowerPhone: '02-555-1234', consent: true, purpose: 'outside', startDate: '2024-06-04', startTime: '14:00' });
  // Two loans in the same minute: the ledger orders them by number, and so must every page of the file.
  await app.must('loans.lend', { wheelchairId: 3, purpose: 'in_hall', startDate: '2024-06-12', startTime: '09:30' });
  await app.must('loans.lend', { wheelchairId: 4, purpose: 'in_hall', startDate: '2024-06-12', startTime: '09:30' });
  for (const [date, time, language] of [['2024-06-03', '10:00', 'vi'], ['2024-06-03', null, 'zh'], ['2024-06-10', '15:30', 'en']] as const) {
    await app.must('interpretation.requests.save', { date, time, language, methodId: 1, task: '전입신고', outcome: '처리 완료' });
  }
  return { clerk, other: other.id };
}

/** Cells as exceljs reads them back: an empty one is nothing, and a row ends at its last filled cell. */
const asRead = (values: (string | number | null)[]) => {
  const cells = values.map((v) => (v === '' || v === null ? undefined : v));
  while (cells.length > 0 && cells.at(-1) === undefined) cells.pop();
  return cells;
};

const exportRecords = () => app.db.selectFrom('access_record').select(['staff_id', 'row_count', 'reason']).where('action', '=', 'export').execute();

describe('a streamed XLSX file', () => {
  it('carries the ledger as the screen shows it: title, bold grey header, widths, and every row masked', async () => {
    const { clerk } = await desk();
    const ticket = await app.must('loans.exportLedger', { ...june, state: 'all', reason: '반기 실적 보고' });
    expect(ticket).toEqual({ url: expect.stringMatching(/^\/download\/[A-Za-z0-9_-]{32}$/), fileName: '휠체어_대여대장_2024-06-01_2024-06-30.xlsx' });
    // Issued is not downloaded: nothing is kept until the file is fetched.
    expect(await exportRecords()).toEqual([]);

    const book = await downloadedBook(app.core, ticket);
    const sheet = book.getWorksheet('대여 대장')!;
    const rows = sheetRows(sheet);
    const screen = await app.must('loans.ledger', { ...june, limit: 100 });
    expect(rows[0]).toEqual(['○○구청 휠체어 무료 대여 대장']);
    expect(rows[1]).toEqual(['(2024.06.01.~2024.06.30.) · 4건']);
    expect(rows[2]).toEqual(ledgerColumns.map((c) => c.header));
    expect(rows.slice(3)).toEqual(screen.rows.map((r) => asRead(ledgerColumns.map((c) => c.value(r)))));
    expect(rows.slice(3).map((r) => r[0])).toEqual([4, 3, 2, 1]);
    expect(JSON.stringify(rows)).not.toMatch(/홍길동|성춘향|010-1234-5678|010-5555-6666/);

    expect(sheet.getRow(1).font?.bold).toBe(true);
    const header = sheet.getRow(4).getCell(1);
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } });
    expect(ledgerColumns.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(ledgerColumns.map((c) => c.width));
    expect(await exportRecords()).toEqual([{ staff_id: clerk, row_count: 4, reason: '반기 실적 보고' }]);
  });

  it('carries the interpretation list as the screen shows it, and the counts of the same rows', async () => {
    await desk();
    const ticket = await app.must('interpretation.requests.export', { ...june });
    expect(ticket.fileName).toBe('통역지원_2024-06-01_2024-06-30.xlsx');
    const book = await downloadedBook(app.core, ticket);
    const rows = sheetRows(book.getWorksheet('통역지원 목록')!);
    const screen = await app.must('interpretation.requests.list', { ...june });
    expect(rows.slice(0, 3)).toEqual([['외국어 및 수어 통역지원 목록'], ['(2024.06.01.~2024.06.30.)'], ['조건 - 전체']]);
    expect(rows[3]).toEqual(REQUEST_COLUMNS.map((c) => c.header));
    expect(rows.slice(4)).toEqual(screen.rows.map((r) => asRead(REQUEST_COLUMNS.map((c) => c.value(r)))));
    // The request without a time comes last in its day, as on the screen.
    expect(rows.slice(4).map((r) => r.slice(0, 2))).toEqual([['2024-06-10', '15:30'], ['2024-06-03', '10:00'], ['2024-06-03', undefined]]);
    expect(sheetRows(book.getWorksheet('집계')!)).toContainEqual(['합계', '실적(처리 완료·다른 기관 안내)', 3, 3]);
  });

  it('is read a page at a time from one query, in the query’s order, on either engine', async () => {
    await desk();
    const pages = await snapshotRead(app.core.records, async (db) => {
      const read: string[][] = [];
      const query = db.selectFrom('wheelchair').select(['id', 'asset_number']).orderBy('id', 'desc');
      for await (const page of queryPages(db, query, (w) => w.asset_number, 3)) read.push(page);
      return read;
    });
    expect(pages).toEqual([['W-04', 'W-03', 'W-02'], ['W-01']]);
  });

  it('lets go of its statement or cursor when the reader stops early (a cancelled download)', async () => {
    await desk();
    const after = await snapshotRead(app.core.records, async (db) => {
      for await (const page of queryPages(db, db.selectFrom('wheelchair').select('asset_number').orderBy('id'), (w) => w.asset_number, 1)) {
        expect(page).toEqual(['W-01']);
        break;
      }
      // The same connection reads on (SQLite's statement was reset), and PostgreSQL holds no cursor open.
      const cursors = app.engine === 'postgres' ? Number((await sql<{ n: number }>`SELECT count(*) AS n FROM pg_cursors`.execute(db)).rows[0].n) : 0;
      return { cursors, ...(await db.selectFrom('wheelchair').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) };
    });
    expect({ cursors: after.cursors, n: Number(after.n) }).toEqual({ cursors: 0, n: 4 });
  });

  it('is read at one moment: a loan lent while the file is being written is not in it', async () => {
    await desk();
    const counts = await snapshotRead(app.core.records, async (db) => {
      const count = async () => Number((await db.selectFrom('loan').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      await app.must('loans.return', { loanId: 2, returnDate: '2024-06-14', returnTime: '09:00' });
      await app.must('loans.lend', { wheelchairId: 2, purpose: 'in_hall' });
      return { before, during: await count(), outside: Number((await app.db.selectFrom('loan').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n) };
    });
    expect(counts).toEqual({ before: 4, during: 4, outside: 5 });
  });
});

describe('a download address', () => {
  it('is good once: fetched again, it gets a Korean message and no file', async () => {
    await desk();
    const ticket = await app.must('loans.exportLedger', { ...june, reason: '반기 실적 보고' });
    expect((await fetchDownload(app.core, ticket)).status).toBe(200);
    const again = await fetchDownload(app.core, ticket);
    expect(again).toMatchObject({ status: 410, text: DOWNLOAD_GONE });
    expect(again.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(await exportRecords()).toHaveLength(1);
  });

  it('is good for a minute only', async () => {
    await desk();
    const ticket = await app.must('interpretation.requests.export', { ...june });
    now += DOWNLOAD_TTL_MS + 1;
    expect(await fetchDownload(app.core, ticket)).toMatchObject({ status: 410, text: DOWNLOAD_GONE });
  });

  it('is refused to anyone but the person who asked, at an unlocked screen, and spent by the refusal', async () => {
    const { other } = await desk();
    const refusedWith = async (message: string, between: () => Promise<unknown>) => {
      const ticket = await app.must('loans.exportLedger', { ...june, reason: '반기 실적 보고' });
      await between();
      expect(await fetchDownload(app.core, ticket)).toMatchObject({ status: 403, text: message });
      expect(await fetchDownload(app.core, ticket)).toMatchObject({ status: 410 });
    };
    await refusedWith(DOWNLOAD_FOR_ANOTHER, () => app.signInAs(other));
    await refusedWith(SCREEN_LOCKED, () => app.must('session.lock', {}));
    await app.must('session.signOut', {});
    await app.signInAs(other);
    await refusedWith(SIGN_IN_FIRST, () => app.must('session.signOut', {}));
    expect(await exportRecords()).toEqual([]);
  });

  it('is answered on app:// by the protocol handler, streamed, under the file’s Korean name', async () => {
    await desk();
    const rendererDir = tempDir('minwon-streamed-app-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>민원</title>');
    try {
      const handler = appProtocolHandler(rendererDir, (token) => answerDownload(app.core.openDownload, token, memoryLogger().logger));
      const ticket = await app.must('loans.exportLedger', { ...june, reason: '반기 실적 보고' });
      const address = new URL(ticket.url, 'app://minwon/index.html').toString();
      expect(address).toMatch(/^app:\/\/minwon\/download\//);
      expect((await handler(new Request(address, { method: 'POST' }))).status).toBe(405);

      const answer = await handler(new Request(address));
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe(XLSX_MIME);
      expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="${'_'.repeat(9)}2024-06-01_2024-06-30.xlsx"; filename*=UTF-8''${encodeURIComponent(ticket.fileName)}`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await answer.arrayBuffer());
      expect(sheetRows(book.getWorksheet('대여 대장')!)).toHaveLength(3 + 4);

      const spent = await handler(new Request(address));
      expect(spent.status).toBe(410);
      expect(await spent.text()).toBe(DOWNLOAD_GONE);
      // The screens are still served beside it.
      expect((await handler(new Request('app://minwon/index.html'))).status).toBe(200);
    } finally {
      fs.rmSync(rendererDir, { recursive: true, force: true });
    }
  });
});

describe('a download that breaks off', () => {
  const opening = (write: (out: NodeJS.WritableStream) => Promise<void>): DownloadOpening => ({
    ok: true, channel: 'loans.exportLedger', staffId: 7, fileName: '휠체어_대여대장_2024-06-01_2024-06-30.xlsx', mimeType: XLSX_MIME, write,
  });

  it('is logged with what it was, never its rows, and cut off so it cannot pass for a whole file', async () => {
    const { logger, entries } = memoryLogger();
    const answer = await answerDownload(async () => opening(async (out) => {
      out.write('PK first bytes 홍*동');
      await new Promise((r) => setTimeout(r, 10));
      throw new Error('the office server went away');
    }), 'token', logger);
    expect(answer.status).toBe(200);
    const read = (async () => { for await (const _ of answer.body); })();
    await expect(read).rejects.toThrow('the office server went away');
    expect(entries).toEqual([
      { level: 'error', event: 'download_failed', context: expect.objectContaining({ channel: 'loans.exportLedger', actor: 7, bytes: expect.any(Number), error: expect.objectContaining({ message: 'the office server went away' }) }) },
    ]);
    expect(JSON.stringify(entries)).not.toContain('홍');
  });

  it('says so in Korean, and logs why, when who is asking cannot be read', async () => {
    const { logger, entries } = memoryLogger();
    const answer = await answerDownload(async () => {
      throw new Error('staff table unreadable');
    }, 'token', logger);
    expect(answer.status).toBe(500);
    expect(Buffer.concat(await answer.body.toArray()).toString('utf8')).toBe(DOWNLOAD_FAILED);
    expect(entries).toEqual([{ level: 'error', event: 'download_open_failed', context: { error: expect.objectContaining({ message: 'staff table unreadable' }) } }]);
  });

  it('stops reading the records when the download is cancelled', async () => {
    const { logger, entries } = memoryLogger();
    let pagesRead = 0;
    async function* endless() {
      for (;;) {
        pagesRead++;
        yield Array.from({ length: 200 }, (_, i) => ({ n: i, text: '가'.repeat(50) }));
        await new Promise((r) => setImmediate(r));
      }
    }
    const answer = await answerDownload(async () => opening((out) => writeXlsx(out as never, [{ name: '목록', columns: [{ header: '번호', value: (r: { n: number }) => r.n }], rows: endless() }])), 'token', logger);
    for await (const _ of answer.body) {
      answer.body.destroy();
      break;
    }
    await vi.waitFor(() => expect(entries.map((e) => e.event)).toEqual(['download_abandoned']));
    const stoppedAt = pagesRead;
    await new Promise((r) => setTimeout(r, 50));
    expect(pagesRead).toBe(stoppedAt);
  });
});
