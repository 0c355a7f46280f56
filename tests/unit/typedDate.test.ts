import { describe, expect, it } from 'vitest';
import { parseTypedDate, readTypedDate } from '../../shared/korean/typedDate';
import { dateWithWeekday } from '../../shared/korean/deskClock';

const today = '2026-06-15';

describe('a date typed at the desk, whatever the PC', () => {
  it.each([
    ['20261202', '2026-12-02'],
    ['2026.12.2', '2026-12-02'],
    ['2026.12.02.', '2026-12-02'],
    ['2026-12-02', '2026-12-02'],
    ['2026/12/2', '2026-12-02'],
    ['2026. 12. 2.', '2026-12-02'],
    ['2026년 12월 2일', '2026-12-02'],
    ['261202', '2026-12-02'],
    ['26.12.2', '2026-12-02'],
    ['12.2', '2026-12-02'],
    ['12.2.', '2026-12-02'],
    ['12월 2일', '2026-12-02'],
    ['1202', '2026-12-02'],
    ['오늘', '2026-06-15'],
    ['어제', '2026-06-14'],
    ['내일', '2026-06-16'],
    [' 오늘 ', '2026-06-15'],
  ])('%s is read as %s', (typed, iso) => {
    expect(parseTypedDate(typed, today)).toBe(iso);
  });

  it('reads its own display back, so a field shown as 2026.12.02.(수) keeps its day when left as it is', () => {
    expect(dateWithWeekday('2026-12-02')).toBe('2026.12.02.(수)');
    expect(parseTypedDate('2026.12.02.(수)', today)).toBe('2026-12-02');
  });

  it('turns 오늘 and 어제 over at a month and a year', () => {
    expect(parseTypedDate('어제', '2026-03-01')).toBe('2026-02-28');
    expect(parseTypedDate('어제', '2027-01-01')).toBe('2026-12-31');
  });

  it.each(['', '2026', '2026.12', '202612', '2026.13.1', '12.32', '0.5', '엊그제', 'abc', '2026.12.2.3', '12/2/2026', '123'])(
    '%j is not a date',
    (typed) => {
      expect(parseTypedDate(typed, today)).toBeNull();
    },
  );

  it('a day the calendar does not have keeps its shape, for the contract to name the mistake', () => {
    expect(readTypedDate('2026.2.30', today)).toBe('2026-02-30');
    expect(parseTypedDate('2026.2.30', today)).toBeNull();
  });
});
