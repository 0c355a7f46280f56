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
  trainings: DAYS.map((date, i) => ({ kind: 'kindness', date, department: ['민원회계과', '세무과', '복지정책과'][i], people: 400 })),
  healing: DAYS.map((date, i) => ({ id: i + 1, date, place: '구청', participants: 400 })),
  kindnessPicks: Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, people: 1 })),
};

async function cardLines(asOf: string) {
  const section = await performanceSection({} as Db, fakeSources(areas).sources, { ...officeCard, rounds: [], awards: [] }, { from: '2025-01-01', to: '2025-12-31' }, asOf);
  return Object.fromEntries(section.lines.map((l) => [l.key, l.text]));
}

const KEYS = ['services:foreign', 'services:sign', 'services:wheelchair', 'services:guides', 'kindness:years', 'healing:2025', 'training:kindness:2025'];

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
    ]);
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
