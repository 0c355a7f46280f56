import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/schema';
import { performanceSection, type CardRecords } from '../../electron/pledge/performanceSection';
import { fakeSources, type FakeAreaRecords } from '../fixtures/pledgeOffice/fakeSources';
import { OFFICE_SECTION } from '../fixtures/pledgeOffice/expected';
import { officeAreas, officeCard } from '../fixtures/pledgeOffice/office';

// The areas are faked, so nothing reads a database; the generator only passes it through.
const db = {} as Db;

const generate = async (period: { from: string; to: string }, asOf: string, card: CardRecords = officeCard, areas: FakeAreaRecords = officeAreas) => {
  const fake = fakeSources(areas);
  const section = await performanceSection(db, fake.sources, card, period, asOf);
  return { section, lines: section.text.split('\n'), asked: fake.asked };
};

describe('the 추진실적 section of the fixture office', () => {
  it('reads, line by line, as the card is written by hand', async () => {
    const { lines } = await generate({ from: '2024-01-01', to: '2025-06-30' }, '2025-07-10');
    expect(lines).toEqual(OFFICE_SECTION);
  });

  it('asks every area once, for the whole period, each answering every calendar year of it', async () => {
    const { asked } = await generate({ from: '2024-01-01', to: '2025-06-30' }, '2025-07-10');
    for (const area of ['loans', 'interpretation', 'guides', 'trainings', 'healing', 'kindness']) {
      expect(asked.filter((a) => a.area === area).map((a) => a.range), area).toEqual([{ from: '2024-01-01', to: '2025-06-30' }]);
    }
  });

  it('says which records each line was counted from, so the page can show them', async () => {
    const { section } = await generate({ from: '2024-01-01', to: '2025-06-30' }, '2025-07-10');
    const byKey = Object.fromEntries(section.lines.map((l) => [l.key, l]));
    expect(byKey['services:wheelchair'].source).toEqual({ area: 'loans', from: '2024-01-01', to: '2025-06-30' });
    expect(byKey['healing:2025'].source).toEqual({ area: 'healing', from: '2025-01-01', to: '2025-06-30' });
    expect(byKey['training:kindness:2024'].source).toEqual({ area: 'trainings', from: '2024-01-01', to: '2024-12-31', kind: 'kindness' });
    expect(byKey['cert:1'].source).toEqual({ area: 'certification', from: '2024-01-01', to: '2025-06-30' });
    expect(byKey['services'].source).toBeNull();
    expect(byKey['services:wheelchair'].figures).toContainEqual({ label: '2024년 대여', value: '7건' });
    expect(byKey['services:wheelchair'].figures).toContainEqual({ label: '2024년 이용자', value: '5명' });
    expect(byKey['healing:2024'].figures).toContainEqual({ label: '2024년 5.17. 태종대', value: '20명' });
  });

  it('adds up: a year of healing programs is the sum of its programs, departments are counted once', async () => {
    const { section } = await generate({ from: '2024-01-01', to: '2025-06-30' }, '2025-07-10');
    const fig = (area: string, year: string, item: string) => section.figures.find((f) => f.area === area && f.year === year && f.item === item)?.value;
    expect(fig('힐링프로그램', '2024년', '참여')).toBe(37);
    expect(fig('직원친절교육', '2024년', '부서')).toBe(3);
    expect(fig('직원친절교육', '2024년', '횟수')).toBe(3);
    expect(fig('구민소통실적', '2024~2025', '언론·방송 보도')).toBe(3);
  });
});

describe('edge cases of the period', () => {
  it('a period starting mid-year counts that year from its first day, and a whole second year reads plainly', async () => {
    const { lines, asked } = await generate({ from: '2024-07-01', to: '2025-12-31' }, '2026-01-15');
    expect(asked.filter((a) => a.area === 'loans').map((a) => a.range)).toEqual([{ from: '2024-07-01', to: '2025-12-31' }]);
    expect(lines[0]).toBe('추진실적 (2024.07.01.~2025.12.31.)');
    expect(lines).toContain('    - 휠체어 대여 : 2024년 2건 / 2025년 5건');
    expect(lines).toContain('    - 2024년 : 1회, 17명 참여(10.30. 구청 대강당, 17명)');
    expect(lines).toContain('    - 2025년 : 1회, 22명 참여(4.11. 흰여울문화마을, 22명)');
    expect(lines).toContain('    - 2024년 : 7명 / 2025년 5월 현재 : 7명');
    // The certification's milestones before July are outside the period; the selection is not.
    expect(lines).toContain('○ 국민행복민원실 재인증 : 2024. 9월');
    expect(lines).toContain('  ▷ 현장 실사(7.9.), 우수기관 선정(9.3.), 현판식 개최(10.15.)');
    expect(lines).not.toContain('    - 2024년 3개부서 130명(3.18.~3.20.)');
  });

  it('a year with no healing program is left out, not written as 0회', async () => {
    const areas = { ...officeAreas, healing: officeAreas.healing.filter((h) => h.date < '2025-01-01') };
    const { lines } = await generate({ from: '2024-01-01', to: '2025-06-30' }, '2025-07-10', officeCard, areas);
    const healing = lines.indexOf('  ▷ 힐링프로그램');
    expect(lines.slice(healing, healing + 3)).toEqual([
      '  ▷ 힐링프로그램',
      '    - 2024년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청 대강당, 17명)',
      '  ▷ 친절 으뜸이 선정 : 매월',
    ]);
    expect(lines.join('\n')).not.toMatch(/0회|-회,/);
  });

  it('a period with no healing program at all has no 힐링프로그램 heading', async () => {
    const { lines } = await generate({ from: '2025-05-01', to: '2025-06-30' }, '2025-07-10');
    expect(lines).not.toContain('  ▷ 힐링프로그램');
    expect(lines).toContain('    - 외국어 통역 : 2025년 6월 현재 1건');
    expect(lines.some((l) => l.includes('휠체어 대여'))).toBe(false);
  });

  it('a column with no activity reads -회, and a period with none at all is all -회', async () => {
    const { lines } = await generate({ from: '2023-01-01', to: '2023-12-31' }, '2025-07-10');
    expect(lines.slice(lines.indexOf('[구민소통실적]'), lines.indexOf('[구민소통실적]') + 3)).toEqual([
      '[구민소통실적]',
      '| 설명회, 보고회 | 만족도, 설문조사 | 민간전문가 자문 | 언론·방송 보도 | 기타 |',
      '| -회 | -회 | -회 | -회 | -회 |',
    ]);
    // Nothing happened in 2023: only the standing lines remain.
    expect(lines.slice(0, 4)).toEqual(['추진실적 (2023.01.01.~2023.12.31.)', '○ 친절민원시책 추진', '  ▷ 외국어 및 수어 통역지원, 휠체어 무료 대여, 민원 안내 도우미 운영-상시운영', '']);
  });

  it('a training held across a month end reads as one range', async () => {
    const { lines } = await generate({ from: '2025-01-01', to: '2025-12-31' }, '2026-01-05');
    expect(lines).toContain('    - 2025년 2개부서 45명(2.27.~3.4.)');
  });

  it('an as-of date before the period ends counts up to it, naming the month it reached', async () => {
    const { lines, asked } = await generate({ from: '2024-01-01', to: '2025-12-31' }, '2025-03-15');
    expect(lines[0]).toBe('추진실적 (2024.01.01.~2025.12.31.)');
    expect(asked.filter((a) => a.area === 'kindness').map((a) => a.range)).toEqual([{ from: '2024-01-01', to: '2025-03-15' }]);
    expect(lines).toContain('    - 외국어 통역 : 2024년 11건(영어 5, 중국어 3, 베트남어 2, 기타 1) / 2025년 3월 현재 2건');
    expect(lines).toContain('    - 휠체어 대여 : 2024년 7건 / 2025년 3월 현재 2건');
    // Picks run to the last month picked (March's board is confirmed as March is picked).
    expect(lines).toContain('    - 2024년 : 14명 / 2025년 3월 현재 : 4명');
    expect(lines).toContain('    - 2025년 2개부서 45명(2.27.~3.4.)');
    expect(lines).not.toContain("○ 부산광역시 '친절 민원실 평가' 최우수 : 2025. 3월");
    expect(lines).toContain('| -회 | 1회 | -회 | 2회 | 1회 |');
  });

  it('the kindness line names the last month picked, not the month of the as-of date', async () => {
    const { lines } = await generate({ from: '2025-01-01', to: '2025-12-31' }, '2025-08-20');
    expect(lines).toContain('    - 2025년 5월 현재 : 7명');
    // The loan of 7.2. is after the last picked month but before the as-of date: it counts.
    expect(lines).toContain('    - 휠체어 대여 : 2025년 8월 현재 5건');
  });

  it('a past year whose picking stopped before December names the last month picked', async () => {
    const areas = { ...officeAreas, kindnessPicks: officeAreas.kindnessPicks.filter((p) => p.month <= '2024-07') };
    const { lines } = await generate({ from: '2024-01-01', to: '2024-12-31' }, '2025-03-01', officeCard, areas);
    expect(lines).toContain('    - 2024년 7월 현재 : 8명');
  });

  it('an as-of date before the period starts has no year to count', async () => {
    const { asked, section } = await generate({ from: '2025-01-01', to: '2025-12-31' }, '2024-12-31');
    expect(asked).toEqual([]);
    expect(section.lines.map((l) => l.key)).toEqual(['services', 'services:desk']);
  });

  it('a busy year writes thousands with a comma', async () => {
    const areas = { ...officeAreas, loans: Array.from({ length: 1234 }, (_, i) => ({ date: '2024-05-05', borrower: `b${i}` })) };
    const { lines } = await generate({ from: '2024-01-01', to: '2024-12-31' }, '2025-01-10', officeCard, areas);
    expect(lines).toContain('    - 휠체어 대여 : 2024년 1,234건');
  });
});

describe("the brief's month form", () => {
  // The brief's example writes `2024. 9월` and `2024.12월`: the month takes two places.
  it('writes a December award as `2024.12월`, as the brief does', async () => {
    const card = { ...officeCard, awards: [{ id: 9, cardId: 1, title: '민원서비스 혁신 우수사례', awardedBy: '행정안전부', outcome: '선정', date: '2024-12-12', datePrecision: 'day' as const }] };
    const { lines } = await generate({ from: '2024-01-01', to: '2024-12-31' }, '2025-01-10', card);
    expect(lines).toContain("○ 행정안전부 '민원서비스 혁신 우수사례' 선정 : 2024.12월");
  });
});
