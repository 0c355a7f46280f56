import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

const setDeskTime = (at: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${at.replace(' ', 'T')}:00+09:00`));
};

/** An office's sheet as Excel saves it: rows of cells (null = empty), merged ranges given as 'A1:F1'. */
async function xlsx(sheets: { name: string; rows: (string | number | Date | null)[][]; merge?: string[] }[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name);
    s.rows.forEach((r) => sheet.addRow(r));
    s.merge?.forEach((m) => sheet.mergeCells(m));
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** A desk on 2024-06-14 with its clerk at the PC and one wheelchair of its own. */
async function desk() {
  setDeskTime('2024-06-14 10:00');
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id, position: '팀장' });
  await app.signInAs(clerk.id, { role: 'teamLead' });
  await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' });
  return { dept, clerk };
}

/** The office's wheelchair ledger of 2024, with a merged title row and its own header words. */
const loanLedger = (header = ['휠체어 번호', '대여일자', '반납일자', '성명', '연락처', '개인정보 동의', '비고']) =>
  xlsx([
    {
      name: '2024년',
      merge: ['A1:G1'],
      rows: [
        ['2024년 휠체어 대여 대장', null, null, null, null, null, null],
        header,
        ['W-01', '2024.3.4.', 45356, '홍길동', '010-1234-5678', 'O', ''],
        [null, null, null, null, null, null, null],
        ['W-02', '2024-03-05 14:30', '2024-03-06', '성춘향', '01055551234', 'X', ''],
        ['W-01', '2024-03-06', '2024.3.7', '이몽룡', '010-2222-3333', 'O', ''],
        ['W-01', '2024-03-06', '2024-03-08', '변학도', '010-4444-5555', 'O', ''],
        ['W-03', '2024-02-30', '', '', '', '', ''],
      ],
    },
  ]);

describe('reading an old ledger (imports.read)', () => {
  it('finds the header below a merged title, matches the office’s words, and shows each row with its problem in Korean', async () => {
    await desk();
    const preview = await app.must('imports.read', { area: 'loans', fileName: '휠체어 대여대장.xlsx', contentBase64: await loanLedger() });
    expect(preview.sheet).toBe('2024년');
    expect(preview.headerRow).toBe(2);
    expect(preview.mapping).toMatchObject({ assetNumber: 0, startDate: 1, returnDate: 2, borrowerName: 3, borrowerPhone: 4, consent: 5, note: 6 });
    expect(preview.missing).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.state])).toEqual([
      [3, 'ready'],
      [5, 'ready'],
      [6, 'ready'],
      [7, 'problem'],
      [8, 'problem'],
    ]);
    const [first, second, , twice, badDate] = preview.rows;
    // An Excel serial (45356 = 2024-03-05) and a text date with dots both read.
    expect(first.values.slice(0, 5)).toEqual(['W-01', '2024-03-04 09:00', '', '', '2024-03-05 09:00']);
    expect(first.values[6]).toBe('홍*동');
    expect(second.notes).toContain('개인정보 동의 표시가 없어 성명·연락처는 저장하지 않습니다.');
    expect(second.notes).toContain("'W-02' 휠체어를 새로 등록합니다.");
    expect(twice.problem).toMatch(/^'W-01' 휠체어가 같은 때에 두 번 대여되었습니다\(6행/);
    expect(badDate.problem).toBe("달력에 없는 날짜입니다: '2024-02-30'.");
    expect(preview.counts).toEqual({ ready: 3, problems: 2, already: 0 });
  });

  it('recognises 대여일, 대여일자 and 빌린 날 alike, and a column matched by hand wins', async () => {
    await desk();
    for (const word of ['대여일', '대여일자', '빌린 날']) {
      const file = await xlsx([{ name: 'S', rows: [['자산번호', word, '반납일'], ['W-01', '2024-03-04', '2024-03-05']] }]);
      const preview = await app.must('imports.read', { area: 'loans', fileName: 'a.xlsx', contentBase64: file });
      expect(preview.mapping.startDate, word).toBe(1);
    }
    // A sheet whose date column is headed with a word nobody foresaw: the wizard lacks 대여일 until it is given.
    const odd = await xlsx([{ name: 'S', rows: [['자산번호', '언제', '반납일'], ['W-01', '2024-03-04', '2024-03-05']] }]);
    const unmatched = await app.must('imports.read', { area: 'loans', fileName: 'a.xlsx', contentBase64: odd });
    expect(unmatched.missing).toEqual(['대여일']);
    expect(unmatched.rows).toEqual([]);
    const mapped = await app.must('imports.read', { area: 'loans', fileName: 'a.xlsx', contentBase64: odd, mapping: { startDate: 1 } });
    expect(mapped.missing).toEqual([]);
    expect(mapped.rows.map((r) => [r.state, r.values[1]])).toEqual([['ready', '2024-03-04 09:00']]);
    // And a match can be cleared by hand: the 반납일 column is then not read.
    const cleared = await app.must('imports.read', { area: 'loans', fileName: 'a.xlsx', contentBase64: odd, mapping: { startDate: 1, returnDate: null } });
    expect(cleared.rows[0].values[3]).toBe('');
  });

  it('reads a CSV in UTF-8 and one saved by Korean Excel in CP949, and names an unknown language', async () => {
    await desk();
    const methods = await app.must('interpretation.methods.list', {});
    const csv = `날짜,통역 언어,지원 방법,인원\n2024-05-02,베트남어,${methods[0].name},2\n2024-05-03,클링온어,${methods[0].name},1\n`;
    for (const bytes of [Buffer.from(`\uFEFF${csv}`, 'utf8'), iconv.encode(csv, 'cp949')]) {
      const preview = await app.must('imports.read', { area: 'interpretation', fileName: '통역일지.csv', contentBase64: bytes.toString('base64') });
      expect(preview.rows.map((r) => [r.state, r.values[2], r.problem])).toEqual([
        ['ready', '베트남어', null],
        ['problem', '클링온어', "알 수 없는 언어입니다: '클링온어'. 목록에 없는 언어는 '기타(언어명)'으로 적어 주세요."],
      ]);
    }
  });
});

describe('saving an import (imports.save)', () => {
  it('refuses a file with problems unless they are skipped, then saves the rest in one go with a report', async () => {
    await desk();
    const file = { area: 'loans' as const, fileName: '휠체어 대여대장.xlsx', contentBase64: await loanLedger() };
    const refused = await app.call('imports.save', file);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'skipProblems' } });
    expect(!refused.ok && refused.error.message).toMatch(/^문제가 있는 줄이 2개 있습니다\(7행, 8행\)/);
    expect((await app.must('loans.ledger', { from: '2024-01-01', to: '2024-12-31' })).total).toBe(0);

    const report = await app.must('imports.save', { ...file, skipProblems: true });
    expect(report.added).toBe(3);
    expect(report.already).toBe(0);
    expect(report.skipped.map((s) => s.row)).toEqual([7, 8]);
    expect(report.notes).toContain('휠체어 1대를 새로 등록했습니다.');
    const ledger = await app.must('loans.ledger', { from: '2024-01-01', to: '2024-12-31' });
    expect(ledger.rows.map((r) => [r.assetNumber, r.borrowerName, r.startedAt, r.returnedAt]).sort()).toEqual([
      ['W-01', '이*룡', '2024-03-06 09:00', '2024-03-07 09:00'],
      ['W-01', '홍*동', '2024-03-04 09:00', '2024-03-05 09:00'],
      ['W-02', null, '2024-03-05 14:30', '2024-03-06 09:00'],
    ]);

    // Where each came from, as the record shows it.
    const sources = await app.must('imports.sourcesOf', { recordTable: 'loan', ids: ledger.rows.map((r) => r.id) });
    expect(sources.map((s) => s.text).sort()).toEqual(['휠체어 대여대장.xlsx · 2024년 · 3행', '휠체어 대여대장.xlsx · 2024년 · 5행', '휠체어 대여대장.xlsx · 2024년 · 6행']);
    expect(await app.must('imports.batches', {})).toMatchObject([{ area: 'loans', fileName: '휠체어 대여대장.xlsx', sheet: '2024년', rowsAdded: 3, rowsSkipped: 2, createdByName: '김담당' }]);

    // The same file again adds nothing.
    const again = await app.must('imports.save', { ...file, skipProblems: true });
    expect(again).toMatchObject({ added: 0, already: 3, batchId: null });
    expect((await app.must('loans.ledger', { from: '2024-01-01', to: '2024-12-31' })).total).toBe(3);
    const reread = await app.must('imports.read', file);
    expect(reread.counts).toEqual({ ready: 0, problems: 2, already: 3 });
  });

  it('saves the file as fixed, when the person fixed it after the preview and read it again', async () => {
    await desk();
    const sheet = (start: string) => xlsx([{ name: 'S', rows: [['자산번호', '대여일', '반납일'], ['W-01', start, '2024-03-05']] }]);
    const broken = { area: 'loans' as const, fileName: 'a.xlsx', contentBase64: await sheet('2024-02-30') };
    expect((await app.must('imports.read', broken)).counts).toEqual({ ready: 0, problems: 1, already: 0 });
    const fixed = { ...broken, contentBase64: await sheet('2024-03-04') };
    expect((await app.must('imports.read', fixed)).counts).toEqual({ ready: 1, problems: 0, already: 0 });
    expect(await app.must('imports.save', fixed)).toMatchObject({ added: 1, skipped: [] });
    // The broken one, read again after, is read afresh: its row is still refused, and the fixed row is in.
    expect(await app.call('imports.save', broken)).toMatchObject({ ok: false, error: { field: 'skipProblems' } });
    const ledger = await app.must('loans.ledger', { from: '2024-01-01', to: '2024-12-31' });
    expect(ledger.rows.map((r) => r.startedAt)).toEqual(['2024-03-04 09:00']);
  });

  it('saves nothing at all when one row fails while saving', async () => {
    await desk();
    // W-09 is retired: the sheet's open loan of it is caught in the checks, and nothing else is saved with it.
    await app.must('loans.saveWheelchair', { assetNumber: 'W-09', kind: 'manual' });
    const wheelchairs = await app.must('loans.wheelchairs', {});
    await app.must('loans.setWheelchairStatus', { wheelchairId: wheelchairs.find((w) => w.assetNumber === 'W-09')!.id, status: 'retired', reason: '파손' });
    const file = await xlsx([
      {
        name: 'S',
        rows: [
          ['자산번호', '대여일', '반납일', '대여자', '연락처', '동의'],
          ['W-01', '2024-04-01', '2024-04-02', '', '', ''],
          ['W-09', '2024-06-10', '', '홍길동', '010-1234-5678', 'O'],
        ],
      },
    ]);
    const refused = await app.call('imports.save', { area: 'loans', fileName: 'a.xlsx', contentBase64: file });
    expect(refused.ok).toBe(false);
    expect((await app.must('loans.ledger', { from: '2024-01-01', to: '2024-12-31' })).total).toBe(0);
    expect(await app.must('imports.batches', {})).toEqual([]);
  });

  it('brings in a past, returned loan of a wheelchair since retired', async () => {
    await desk();
    const w = await app.must('loans.saveWheelchair', { assetNumber: 'W-09', kind: 'manual' });
    await app.must('loans.setWheelchairStatus', { wheelchairId: w.id, status: 'retired', reason: '파손' });
    const file = await xlsx([{ name: 'S', rows: [['자산번호', '대여일', '반납일'], ['W-09', '2024-03-04', '2024-03-05']] }]);
    expect(await app.must('imports.save', { area: 'loans', fileName: 'a.xlsx', contentBase64: file })).toMatchObject({ added: 1 });
  });

  it('brings loans past the retention period in without name, phone or note', async () => {
    await desk();
    const file = await xlsx([
      {
        name: '2019',
        rows: [
          ['자산번호', '대여일', '반납일', '성명', '연락처', '동의', '비고'],
          ['W-01', '2019-05-02', '2019-05-03', '홍길동', '010-1234-5678', '동의', '아드님 연락처 010-9999-8888'],
          ['W-01', '2023-05-02', '2023-05-03', '성춘향', '010-5555-1234', '동의', ''],
        ],
      },
    ]);
    const preview = await app.must('imports.read', { area: 'loans', fileName: 'old.xlsx', contentBase64: file });
    expect(preview.rows[0].notes).toContain('보유기간(3년)이 지난 대여라 성명·연락처·비고 없이 가져옵니다.');
    await app.must('imports.save', { area: 'loans', fileName: 'old.xlsx', contentBase64: file });
    const rows = await app.db.selectFrom('loan').select(['started_at', 'borrower_name', 'borrower_phone', 'note', 'consent_at']).orderBy('started_at').execute();
    expect(rows).toEqual([
      { started_at: '2019-05-02 09:00', borrower_name: null, borrower_phone: null, note: '', consent_at: null },
      expect.objectContaining({ started_at: '2023-05-02 09:00', borrower_name: '성춘향', borrower_phone: '01055551234' }),
    ]);
  });
});

describe('past 친절 으뜸이 picks', () => {
  it('come in confirmed and locked, marked 가져옴, without nominations', async () => {
    await desk();
    const file = await xlsx([
      {
        name: '으뜸이',
        rows: [
          ['선정 년월', '이름', '소속', '공적 내용'],
          ['2023년 5월', '김담당', '민원회계과', '어르신 민원 끝까지 안내'],
          ['2023-06', '박신규', '세무과', '외국인 민원 통역 연결'],
        ],
      },
    ]);
    const report = await app.must('imports.save', { area: 'kindness', fileName: '으뜸이 명단.xlsx', contentBase64: file });
    expect(report.added).toBe(2);
    expect(report.notes).toEqual(['2개월을 확정했습니다(가져온 선정).', '직원 명단에 1명을 추가했습니다.']);
    expect(await app.must('kindness.nominations', { month: '2023-05' })).toEqual([]);
    const history = await app.must('kindness.history', { year: 2023 });
    const may = history.months.find((m) => m.month === '2023-05')!;
    expect(may.status).toBe('picked');
    expect(may.picks.map((p) => [p.name, p.imported])).toEqual([['김담당', true]]);
    // Locked: the month takes no new nomination.
    const nomination = await app.call('kindness.saveNomination', { month: '2023-05', staffId: 1, source: 'peer', evidence: '추가', receivedOn: '2023-05-20' });
    expect(nomination.ok).toBe(false);
  });
});

describe('이전 집계 (earlier totals)', () => {
  async function cardDesk() {
    await desk();
    const dept = (await app.must('departments.list', {}))[0];
    const card = await app.must('pledge.saveCard', {
      areaCode: '열린구정', areaNumber: '2-1', title: '소통과 공감의 고품격 민원서비스 제공', status: '이행 후 계속추진', businessType: '임기내사업',
      funding: '자체사업', departmentId: dept.id, team: '', extension: '', projectFrom: '2022-07-01', projectTo: '2026-06-30', contents: '내용',
      budgetNote: '', effects: '', plans: '', termFrom: '2022-07', termTo: '2026-06',
    });
    return card;
  }
  const wheelchairLine = async (cardId: number) =>
    (await app.must('pledge.section', { cardId, from: '2022-07-01', to: '2024-06-14', asOf: '2024-06-14' })).lines.find((l) => l.key === 'services:wheelchair')?.text;

  it('count on the card exactly like records, across the line from totals into records', async () => {
    const card = await cardDesk();
    await app.must('earlierTotals.save', { area: 'loans', period: '2022', count: 40, people: 31, source: '2022년 민원실 운영 실적 보고' });
    await app.must('earlierTotals.save', { area: 'loans', period: '2023-01', count: 5, source: '2023년 1월 월간 보고' });
    const file = await xlsx([{ name: 'S', rows: [['자산번호', '대여일', '반납일'], ['W-01', '2023-02-01', '2023-02-02'], ['W-01', '2024-03-01', '2024-03-02']] }]);
    await app.must('imports.save', { area: 'loans', fileName: 'a.xlsx', contentBase64: file });
    expect(await wheelchairLine(card.id)).toBe('휠체어 대여 : 2022년 40건 / 2023년 6건 / 2024년 6월 현재 1건');
    const listed = await app.must('earlierTotals.list', { area: 'loans' });
    expect(listed.map((t) => [t.period, t.count, t.people, t.source, t.updatedByName])).toEqual([
      ['2022', 40, 31, '2022년 민원실 운영 실적 보고', '김담당'],
      ['2023-01', 5, null, '2023년 1월 월간 보고', '김담당'],
    ]);
  });

  it('refuse, in Korean, a month that has both records and a total, whichever comes first', async () => {
    const card = await cardDesk();
    const file = await xlsx([{ name: 'S', rows: [['자산번호', '대여일', '반납일'], ['W-01', '2023-02-01', '2023-02-02']] }]);
    await app.must('imports.save', { area: 'loans', fileName: 'a.xlsx', contentBase64: file });
    const refused = await app.call('earlierTotals.save', { area: 'loans', period: '2023-02', count: 3, source: '보고' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'conflict', field: 'period', message: '2023년 2월에는 휠체어 대여 기록이 1건 있어 이전 집계를 넣을 수 없습니다. 같은 달이 두 번 세어지지 않도록, 기록이 있는 달은 기록으로만 셉니다.' },
    });
    const year = await app.call('earlierTotals.save', { area: 'loans', period: '2023', count: 3, source: '보고' });
    expect(year.ok).toBe(false);

    // A total first: a loan typed at the desk for that month is refused by the database, in Korean.
    const total = await app.must('earlierTotals.save', { area: 'loans', period: '2024-05', count: 9, source: '2024년 5월 보고' });
    const lent = await app.call('loans.lend', { wheelchairId: 1, purpose: 'in_hall', startDate: '2024-05-20', startTime: '10:00' });
    expect(lent).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!lent.ok && lent.error.message).toMatch(/이전 집계/);
    // And an import of that month shows the row's problem.
    const may = await xlsx([{ name: 'S', rows: [['자산번호', '대여일', '반납일'], ['W-01', '2024-05-21', '2024-05-22']] }]);
    const preview = await app.must('imports.read', { area: 'loans', fileName: 'b.xlsx', contentBase64: may });
    expect(preview.rows[0].problem).toBe('2024년 5월에는 이전 집계가 있어 기록을 넣을 수 없습니다. 같은 달이 두 번 세어지지 않도록, 이전 집계를 먼저 지우세요.');
    // Removed, the month takes records again.
    await app.must('earlierTotals.delete', { id: total.id });
    await app.must('loans.lend', { wheelchairId: 1, purpose: 'in_hall', startDate: '2024-05-20', startTime: '10:00' });
    expect(await wheelchairLine(card.id)).toBe('휠체어 대여 : 2023년 1건 / 2024년 6월 현재 1건');
  });

  it('count 교육, 친절 으뜸이, 통역 and 안내 도우미 on their lines, and 구민소통 in its column', async () => {
    const card = await cardDesk();
    await app.must('earlierTotals.save', { area: 'trainings', item: 'kindness', period: '2023-03', count: 1, people: 188, departments: 31, source: '2023 친절교육 결과 보고' });
    await app.must('earlierTotals.save', { area: 'interpretationForeign', item: 'vi', period: '2023', count: 12, source: '2023 통역 실적' });
    await app.must('earlierTotals.save', { area: 'guides', period: '2023', count: 240, people: 480, source: '2023 도우미 운영 보고' });
    await app.must('earlierTotals.save', { area: 'kindness', period: '2023', count: 12, source: '2023 으뜸이 명단' });
    await app.must('earlierTotals.save', { area: 'communication', item: 'press', period: '2023', cardId: card.id, count: 2, source: '2023 보도 실적' });
    const section = await app.must('pledge.section', { cardId: card.id, from: '2023-01-01', to: '2023-12-31', asOf: '2024-06-14' });
    const text = (key: string) => section.lines.find((l) => l.key === key)?.text;
    expect(text('services:foreign')).toBe('외국어 통역 : 2023년 12건(베트남어 12)');
    expect(text('services:guides')).toBe('안내 도우미 : 2023년 240일 운영, 연인원 480명');
    expect(text('kindness:years')).toBe('2023년 : 12명');
    expect(text('training:kindness:2023')).toBe('2023년 31개부서 188명(3.1.~3.31.)');
    expect(section.communication.cells[3]).toBe('2회');
    // The area's own screen writes the same line as the card.
    expect((await app.must('trainings.yearLine', { year: 2023, kind: 'kindness' })).text).toBe('2023년 31개부서 188명(3.1.~3.31.)');
  });

  it('count 힐링프로그램 as the programs they stand for, among the year’s own programs', async () => {
    const card = await cardDesk();
    await app.must('earlierTotals.save', { area: 'healing', period: '2023', count: 2, people: 37, source: '2023년 힐링프로그램 결과 보고' });
    await app.must('earlierTotals.save', { area: 'healing', period: '2024-03', count: 1, people: 15, source: '2024년 1분기 보고' });
    await app.must('healing.save', { date: '2024-05-17', place: '태종대', activity: '숲길 걷기', participants: 20 });
    const section = await app.must('pledge.section', { cardId: card.id, from: '2023-01-01', to: '2024-06-14', asOf: '2024-06-14' });
    const line = (key: string) => section.lines.find((l) => l.key === key);
    // A year the paper report gave only a number for reads its total; a month's total is listed among the programs.
    expect(line('healing:2023')?.text).toBe('2023년 : 2회, 37명 참여');
    expect(line('healing:2024')?.text).toBe('2024년 : 2회, 35명 참여(3월 1회, 15명/5.17. 태종대, 20명)');
    expect(line('healing:2024')?.figures).toEqual([
      { label: '2024년 운영', value: '2회' },
      { label: '2024년 참여', value: '35명' },
      { label: '2024년 이전 집계 3월 1회', value: '15명' },
      { label: '2024년 5.17. 태종대', value: '20명' },
    ]);
    // The 교육·힐링 screen writes the same lines as the card.
    expect((await app.must('healing.yearLine', { year: 2023 })).text).toBe('2023년 : 2회, 37명 참여');
    expect((await app.must('healing.yearLine', { year: 2024, asOf: '2024-06-14' })).text).toBe(line('healing:2024')?.text);
  });

  it('are checked: a line’s own 명, its 세부 구분, and a year that already holds a month', async () => {
    await cardDesk();
    const noPeople = await app.call('earlierTotals.save', { area: 'guides', period: '2023', count: 240, source: '보고' });
    expect(noPeople).toMatchObject({ ok: false, error: { field: 'people', message: '연인원 인원을 입력하세요.' } });
    const noCard = await app.call('earlierTotals.save', { area: 'communication', item: 'press', period: '2023', count: 2, source: '보고' });
    expect(noCard).toMatchObject({ ok: false, error: { field: 'cardId' } });
    await app.must('earlierTotals.save', { area: 'loans', period: '2023-03', count: 1, source: '보고' });
    const year = await app.call('earlierTotals.save', { area: 'loans', period: '2023', count: 1, source: '보고' });
    expect(year).toMatchObject({ ok: false, error: { code: 'conflict', field: 'period' } });
  });
});

describe('templates', () => {
  it('give each area a blank XLSX whose headers and example row import as they stand', async () => {
    await desk();
    const template = await app.must('imports.template', { area: 'healing' });
    expect(template.fileName).toBe('가져오기 서식_힐링프로그램.xlsx');
    const preview = await app.must('imports.read', { area: 'healing', fileName: template.fileName, contentBase64: template.contentBase64 });
    expect(preview.missing).toEqual([]);
    expect(preview.rows.map((r) => r.state)).toEqual(['ready']);
  });
});
