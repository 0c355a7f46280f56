import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EarlierTotalInput, ImportSaveInput } from '../../shared/contract/imports';
import { budgetLedger, communicationLedger } from '../fixtures/oldLedgers/cardLedgers';
import { healingLedger, interpretationLedger, loanLedger } from '../fixtures/oldLedgers/deskLedgers';
import { traceLine } from '../fixtures/oldLedgers/lineTrace';
import { DESK_DAY, ledgerOffice, type LedgerOffice } from '../fixtures/oldLedgers/office';
import { kindnessLedger, trainingAttendanceLedger, trainingHeadCountLedger } from '../fixtures/oldLedgers/staffLedgers';

/*
 * Issue 14's "done when": an office that starts with the app in January 2025, two years into the
 * mayor's term (2022.7.~2026.6.), brings in its Excel history of 2023 and 2024 and the paper report's
 * totals of 2022, and produces its card for the whole term. Each counted line is the sum of both, and
 * every figure traces, in the line's records view, to a sheet row or an earlier total.
 */

let office: LedgerOffice;
afterEach(async () => {
  await office?.app.close();
  vi.useRealTimers();
});

/** 2022's figures, from the office's 「2022년 하반기 민원서비스 추진실적 보고」 (paper). */
const REPORT = '2022년 하반기 민원서비스 추진실적 보고';
const PAPER_2022: EarlierTotalInput[] = [
  { area: 'loans', period: '2022', count: 40, people: 31, source: REPORT },
  { area: 'interpretationForeign', item: 'vi', period: '2022', count: 5, source: REPORT },
  { area: 'interpretationForeign', item: 'en', period: '2022', count: 2, source: REPORT },
  { area: 'interpretationSign', period: '2022', count: 2, source: REPORT },
  { area: 'healing', period: '2022', count: 1, people: 18, source: '2022 직원 힐링 워크숍 결과 보고' },
  { area: 'kindness', period: '2022', count: 6, source: REPORT },
  { area: 'trainings', item: 'kindness', period: '2022-11', count: 1, people: 150, departments: 25, source: '2022 하반기 친절교육 결과 보고' },
  { area: 'trainings', item: 'complaintDrill', period: '2022-12', count: 1, people: 20, departments: 4, source: '2022 특이민원 대응훈련 결과 보고' },
];

/** The office's Excel files of 2023 and 2024, each saved with its bad rows skipped; the card's own go onto its card. */
const excelHistory = async (cardId: number): Promise<ImportSaveInput[]> => [
  { area: 'loans', fileName: '휠체어 대여대장.xlsx', sheet: '2023년', contentBase64: await loanLedger() },
  { area: 'loans', fileName: '휠체어 대여대장.xlsx', sheet: '2024년', contentBase64: await loanLedger() },
  { area: 'interpretation', fileName: '통역 지원 일지.xlsx', contentBase64: await interpretationLedger() },
  { area: 'trainings', fileName: '친절교육 출석부.xlsx', contentBase64: await trainingAttendanceLedger() },
  { area: 'trainings', fileName: '특이민원 대응훈련 부서별 인원.xlsx', contentBase64: await trainingHeadCountLedger() },
  { area: 'healing', fileName: '힐링프로그램 운영현황.xlsx', contentBase64: await healingLedger() },
  { area: 'kindness', fileName: '친절 으뜸이 선정 명단.xlsx', contentBase64: await kindnessLedger() },
  { area: 'communication', fileName: '구민소통 실적.xlsx', contentBase64: await communicationLedger(), cardId },
  { area: 'budget', fileName: '사업비 현황.xlsx', contentBase64: await budgetLedger(), cardId },
];

describe('an office with two years of Excel history and one year of paper totals', () => {
  it('produces its card for the whole term, every figure traceable to a sheet row or an earlier total', async () => {
    office = await ledgerOffice();
    const { app, card } = office;
    for (const total of PAPER_2022) await app.must('earlierTotals.save', total);
    await app.must('earlierTotals.save', { area: 'communication', item: 'press', period: '2022', cardId: card.id, count: 1, source: REPORT });
    const reports = [];
    for (const file of await excelHistory(card.id)) reports.push(await app.must('imports.save', { ...file, skipProblems: true }));
    expect(reports.map((r) => [r.added, r.skipped.length])).toEqual([
      [4, 2],
      [3, 2],
      [9, 3],
      [6, 4],
      [5, 3],
      [4, 4],
      [26, 4],
      [5, 3],
      [5, 4],
    ]);
    expect(reports[0].skipped.map((s) => s.reason)).toEqual([
      "'W-01' 휠체어가 같은 때에 두 번 대여되었습니다(9행과 겹침).",
      "날짜를 알아볼 수 없습니다: '2023-13-01'. 2023-03-06처럼 적어 주세요.",
    ]);

    const section = await app.must('pledge.section', { cardId: card.id, from: '2022-07-01', to: '2026-06-30', asOf: DESK_DAY });
    const counted = section.lines.filter((l) => l.source && ['loans', 'interpretation', 'trainings', 'healing', 'kindness'].includes(l.source.area));
    console.log(`\n${section.text}\n`);

    expect(counted.map((l) => l.text)).toEqual([
      '외국어 통역 : 2022년 7건(베트남어 5, 영어 2) / 2023년 3건(베트남어 2, 중국어 1) / 2024년 3건(영어 1, 베트남어 1, 기타 1)',
      '수어 통역 : 2022년 2건 / 2023년 1건 / 2024년 1건',
      '휠체어 대여 : 2022년 40건 / 2023년 4건 / 2024년 3건',
      '2022년 : 1회, 18명 참여',
      '2023년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청 옥상정원, 17명)',
      '2024년 : 2회, 37명 참여(4.11. 흰여울문화마을, 22명/11.8. 구청 대회의실, 15명)',
      '2022년 : 6명 / 2023년 : 12명 / 2024년 : 14명',
      '2022년 25개부서 150명(11.1.~11.30.)',
      '2023년 3개부서 3명(3.20.~3.21.)',
      '2024년 2개부서 2명(4.10.)',
      '2022년 4개부서 20명(12.1.~12.31.)',
      '2023년 3개부서 25명(6.12.)',
      '2024년 2개부서 16명(6.18.)',
    ]);

    // The 구민소통 table counts the paper report's press item with the sheet's five activities; the budget is the sheet's.
    expect(section.communication.cells).toEqual(['1회', '1회', '1회', '2회', '1회']);
    expect(section.budget.rows.find((r) => r.label === '계')?.cells).toEqual(['55', '45', '5', '10', '30', '-', '-', '10']);

    // Every figure traces, year by year, to the rows of the office's sheets or to the paper report.
    const traces = [];
    for (const line of counted) traces.push({ line: line.text, years: await traceLine(app, line) });
    console.log(traces.map((t) => `${t.line}\n${Object.entries(t.years).map(([y, from]) => `  ${y}: ${from.length ? from.join(' / ') : '—'}`).join('\n')}`).join('\n'));
    expect(traces.flatMap((t) => Object.values(t.years).flat()).filter((s) => s.startsWith('(직접 입력)'))).toEqual([]);
    const wheelchair = traces.find((t) => t.line.startsWith('휠체어 대여'))!.years;
    expect(wheelchair).toEqual({
      '2022': [`이전 집계 2022 40건, 31명 ← ${REPORT}`],
      '2023': ['휠체어 대여대장.xlsx · 2023년 · 5행', '휠체어 대여대장.xlsx · 2023년 · 6행', '휠체어 대여대장.xlsx · 2023년 · 8행', '휠체어 대여대장.xlsx · 2023년 · 9행'],
      '2024': ['휠체어 대여대장.xlsx · 2024년 · 5행', '휠체어 대여대장.xlsx · 2024년 · 6행', '휠체어 대여대장.xlsx · 2024년 · 9행'],
      '2025': [],
    });
    const healing2023 = traces.find((t) => t.line.startsWith('2023년 : 2회'))!.years;
    expect(healing2023).toEqual({ '2023': ['힐링프로그램 운영현황.xlsx · 운영현황 · 5행', '힐링프로그램 운영현황.xlsx · 운영현황 · 6행'] });
    const healing2022 = traces.find((t) => t.line.startsWith('2022년 : 1회'))!.years;
    expect(healing2022).toEqual({ '2022': ['이전 집계 2022 1회, 18명 ← 2022 직원 힐링 워크숍 결과 보고'] });
    // Each year of a line that counts something has something to show for it.
    for (const t of traces) for (const [year, from] of Object.entries(t.years)) if (t.line.includes(`${year}년`)) expect(from.length, `${t.line} ${year}`).toBeGreaterThan(0);
  });
});
