import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/schema';
import { performanceSection } from '../../electron/pledge/performanceSection';
import { kindnessYearLabel } from '../../shared/pledge/reportLines';
import { pledgeApp } from '../fixtures/pledgeOffice/app';
import { fakeSources, type FakeAreaRecords } from '../fixtures/pledgeOffice/fakeSources';
import { officeCard } from '../fixtures/pledgeOffice/office';

/**
 * The brief's rule (§3) for a year cut short by its as-of date, line kind by line kind: running counts
 * (통역, 휠체어 대여, 안내 도우미, 친절 으뜸이) name the last month counted; lists of events that took
 * place (힐링프로그램, 직원친절교육) keep the plain year. Every kind is asked at a year end, a month end
 * and the period's first day, with something on each of those days.
 */
const DAYS = ['2025-01-01', '2025-06-30', '2025-12-31'];
const areas: FakeAreaRecords = {
  loans: DAYS.map((date, i) => ({ date, borrower: `방문객${i}` })),
  interpretations: DAYS.flatMap((date) => [
    { date, language: 'en', label: '영어' },
    { date, language: 'ksl', label: '수어', sign: true },
  ]),
  guideDays: DAYS.map((date) => ({ date, helpers: 2 })),
  trainings: DAYS.flatMap((date, i) => [
    { kind: 'kindness', date, department: ['민원회계과', '세무과', '복지정책과'][i], people: 400 },
    { kind: 'complaintDrill', date, department: '민원회계과', people: 20 },
  ]),
  healing: DAYS.map((date, i) => ({ id: i + 1, date, place: '구청', participants: 400 })),
  kindnessPicks: Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, people: 1 })),
};

async function cardLines(asOf: string) {
  const section = await performanceSection({} as Db, fakeSources(areas).sources, { ...officeCard, rounds: [], awards: [] }, { from: '2025-01-01', to: '2025-12-31' }, asOf);
  return Object.fromEntries(section.lines.map((l) => [l.key, l.text]));
}

const KEYS = ['services:foreign', 'services:sign', 'services:wheelchair', 'services:guides', 'kindness:years', 'healing:2025', 'training:kindness:2025', 'training:complaintDrill:2025'];

describe('a line of each kind, as the card writes it', () => {
  it('at the year end: every kind reads the plain year, thousands with a comma', async () => {
    const lines = await cardLines('2025-12-31');
    expect(KEYS.map((k) => lines[k])).toEqual([
      '외국어 통역 : 2025년 3건(영어 3)',
      '수어 통역 : 2025년 3건',
      '휠체어 대여 : 2025년 3건',
      '안내 도우미 : 2025년 3일 운영, 연인원 6명',
      '2025년 : 12명',
      '2025년 : 3회, 1,200명 참여(1.1. 구청, 400명/6.30. 구청, 400명/12.31. 구청, 400명)',
      '2025년 3개부서 1,200명(1.1.~12.31.)',
      '2025년 1개부서 60명(1.1.~12.31.)',
    ]);
  });

  it('at a month end: running counts name the month, events keep the plain year', async () => {
    const lines = await cardLines('2025-06-30');
    expect(KEYS.map((k) => lines[k])).toEqual([
      '외국어 통역 : 2025년 6월 현재 2건',
      '수어 통역 : 2025년 6월 현재 2건',
      '휠체어 대여 : 2025년 6월 현재 2건',
      '안내 도우미 : 2025년 6월 현재 2일 운영, 연인원 4명',
      '2025년 6월 현재 : 6명',
      '2025년 : 2회, 800명 참여(1.1. 구청, 400명/6.30. 구청, 400명)',
      '2025년 2개부서 800명(1.1.~6.30.)',
      '2025년 1개부서 40명(1.1.~6.30.)',
    ]);
  });

  it("on the period's first day: running counts read its month, events keep the plain year", async () => {
    const lines = await cardLines('2025-01-01');
    expect(KEYS.map((k) => lines[k])).toEqual([
      '외국어 통역 : 2025년 1월 현재 1건',
      '수어 통역 : 2025년 1월 현재 1건',
      '휠체어 대여 : 2025년 1월 현재 1건',
      '안내 도우미 : 2025년 1월 현재 1일 운영, 연인원 2명',
      '2025년 1월 현재 : 1명',
      '2025년 : 1회, 400명 참여(1.1. 구청, 400명)',
      '2025년 1개부서 400명(1.1.)',
      '2025년 1개부서 20명(1.1.)',
    ]);
  });

  it('keeps the dated facts (재인증 단계, 수상) of the period\'s first day, a month end and the year end, by day or by month', async () => {
    const step = (id: number, label: string, date: string, datePrecision: 'day' | 'month' = 'day') => ({ id, kind: 'custom' as const, label, date, datePrecision });
    const round = {
      id: 1, cardId: 1, name: '국민행복민원실 재인증', validYears: 3, selectedOn: null, selectedOnPrecision: 'day' as const, validUntil: null,
      milestones: [step(1, '신청', DAYS[0]), step(2, '실사', DAYS[1]), step(3, '현판식', DAYS[2]), step(4, '컨설팅', '2025-03-01', 'month')],
    };
    const award = (id: number, date: string, datePrecision: 'day' | 'month' = 'day') => ({ id, cardId: 1, title: `상${id}`, awardedBy: '', outcome: '선정', date, datePrecision });
    const card = { ...officeCard, rounds: [round], awards: [award(1, DAYS[0]), award(2, DAYS[1]), award(3, DAYS[2]), award(4, '2025-11-01', 'month')] };
    // The period is counted up to its as-of date: a fact on that very day is in it.
    const expected: Record<string, string[]> = {
      '2025-01-01': ['신청(1.1.)', "'상1' 선정 : 2025. 1월"],
      '2025-06-30': ['신청(1.1.), 컨설팅(3월), 실사(6.30.)', "'상1' 선정 : 2025. 1월", "'상2' 선정 : 2025. 6월"],
      '2025-12-31': ['신청(1.1.), 컨설팅(3월), 실사(6.30.), 현판식(12.31.)', "'상1' 선정 : 2025. 1월", "'상2' 선정 : 2025. 6월", "'상4' 선정 : 2025.11월", "'상3' 선정 : 2025.12월"],
    };
    for (const asOf of DAYS) {
      const lines = (await performanceSection({} as Db, fakeSources(areas).sources, card, { from: '2025-01-01', to: '2025-12-31' }, asOf)).lines;
      expect(lines.filter((l) => /^(cert:1:|award:)/.test(l.key)).map((l) => l.text), asOf).toEqual(expected[asOf]);
    }
  });

  it('names, for 친절 으뜸이, the last month picked rather than the as-of month', () => {
    expect(kindnessYearLabel({ from: '2025-01-01', to: '2025-12-31' }, '2025-12')).toBe('2025년');
    expect(kindnessYearLabel({ from: '2025-01-01', to: '2025-12-31' }, '2025-11')).toBe('2025년 11월 현재');
    expect(kindnessYearLabel({ from: '2025-01-01', to: '2025-06-30' }, '2025-05')).toBe('2025년 5월 현재');
    expect(kindnessYearLabel({ from: '2025-01-01', to: '2025-01-01' }, null)).toBe('2025년 1월 현재');
  });
});

describe("the areas' own screens and the card", () => {
  it('write a year of 1,200 people the same way, as of a month end', async () => {
    const app = await pledgeApp();
    try {
      const tax = await app.must('departments.save', { name: '세무과' });
      await app.must('healing.save', { date: '2025-04-11', place: '흰여울문화마을', activity: '걷기', participants: 1200 });
      const training = await app.must('trainings.save', {
        title: '상반기 친절교육',
        kind: 'kindness',
        attendanceMode: 'headCount',
        sessions: [{ date: '2025-03-18', startTime: '14:00', endTime: '16:00', place: '구청 대강당' }],
      });
      await app.must('trainings.recordHeadCounts', {
        sessionId: training.sessions[0].id,
        counts: [
          { departmentId: app.dept.id, headCount: 600 },
          { departmentId: tax.id, headCount: 600 },
        ],
      });
      const asOf = '2025-06-30';
      const section = await app.must('pledge.section', { cardId: app.card.id, from: '2025-01-01', to: '2025-12-31', asOf });
      const onCard = (key: string) => section.lines.find((l) => l.key === key)!.text;
      const healing = await app.must('healing.yearLine', { year: 2025, asOf });
      const kindness = await app.must('trainings.yearLine', { year: 2025, kind: 'kindness', asOf });
      expect(healing.text).toBe('2025년 : 1회, 1,200명 참여(4.11. 흰여울문화마을, 1,200명)');
      expect(onCard('healing:2025')).toBe(healing.text);
      expect(kindness.text).toBe('2025년 2개부서 1,200명(3.18.)');
      expect(onCard('training:kindness:2025')).toBe(kindness.text);
    } finally {
      await app.close();
    }
  });
});
