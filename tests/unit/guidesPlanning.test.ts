import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ddlFor } from '../../electron/db/ddl';
import type { PatternInput } from '../../shared/contract/guides';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
let helperId: number;

beforeEach(async () => {
  app = await tempCore();
  const helper = await app.must('guides.saveHelper', {
    name: '김순자',
    contact: '010-2345-6789',
    kind: 'seniorJob',
    activeFrom: '2025-01-01',
    quotaHoursPerDay: 3,
    quotaDaysPerMonth: 10,
  });
  helperId = helper.id;
});
afterEach(() => app.close());

const pattern = (p: Partial<PatternInput>): PatternInput => ({
  from: '2025-03-01',
  until: '2025-03-31',
  weekdays: [1, 2, 3, 4, 5],
  slots: ['morning', 'afternoon'],
  post: '1층 안내데스크',
  helperId,
  ...p,
});

/** The database refuses every shift written on that day, as a full disk would part-way through a plan. */
async function failWritingShiftOn(date: string) {
  const rule = ddlFor(app.engine).refuseWhen({ name: 'fail_midway', table: 'guide_shift', before: 'INSERT', when: `NEW.date = '${date}'`, message: 'disk full' });
  await sql.raw(rule).execute(app.db);
}

describe('planning a month of guide shifts from a pattern (2025 gazette holidays)', () => {
  it('previews every weekday morning and afternoon of March 2025, leaving out the 3·1절 substitute holiday, and creates nothing yet', async () => {
    const preview = await app.must('guides.previewPattern', pattern({}));
    expect(preview.create).toHaveLength(40); // 20 working days × 2 slots
    expect(preview.skipped).toEqual([
      { date: '2025-03-03', slot: 'morning', startTime: '09:00', endTime: '12:00', reason: '대체공휴일(3ㆍ1절)' },
      { date: '2025-03-03', slot: 'afternoon', startTime: '13:00', endTime: '18:00', reason: '대체공휴일(3ㆍ1절)' },
    ]);
    expect(preview.create.some((s) => s.date === '2025-03-01' || s.date === '2025-03-08')).toBe(false);
    expect(await app.must('guides.shifts', { from: '2025-03-01', to: '2025-03-31' })).toEqual([]);
  });

  it('lays the previewed plan down exactly, and the month has no uncovered working day left', async () => {
    expect((await app.must('guides.monthSummary', { month: '2025-03' })).uncoveredDays).toHaveLength(20);
    const preview = await app.must('guides.previewPattern', pattern({}));
    const applied = await app.must('guides.applyPattern', pattern({}));
    expect(applied).toEqual(preview);
    const shifts = await app.must('guides.shifts', { from: '2025-03-01', to: '2025-03-31' });
    expect(shifts.map((s) => [s.date, s.slot])).toEqual(preview.create.map((s) => [s.date, s.slot]));
    expect(shifts.every((s) => s.status === 'planned' && s.helperName === '김순자' && s.post === '1층 안내데스크')).toBe(true);
    const summary = await app.must('guides.monthSummary', { month: '2025-03' });
    expect(summary.workingDays).toBe(20);
    expect(summary.uncoveredDays).toEqual([]);
  });

  it('skips 설날 and the 임시공휴일 of January 2025 when planned for N weeks', async () => {
    const preview = await app.must('guides.previewPattern', pattern({ from: '2025-01-20', until: undefined, weeks: 2, slots: ['morning'] }));
    expect(preview.create.map((s) => s.date)).toEqual(['2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24', '2025-01-31']);
    expect(preview.skipped.map((s) => `${s.date} ${s.reason}`)).toEqual([
      '2025-01-27 임시공휴일',
      '2025-01-28 설날 전날',
      '2025-01-29 설날',
      '2025-01-30 설날 다음 날',
    ]);
  });

  it('skips the whole 추석 and 한글날 stretch of October 2025 on the chosen weekdays only', async () => {
    const preview = await app.must('guides.previewPattern', pattern({ from: '2025-10-01', until: '2025-10-17', weekdays: [1, 3, 5], slots: ['full'] }));
    expect(preview.create.map((s) => s.date)).toEqual(['2025-10-01', '2025-10-10', '2025-10-13', '2025-10-15', '2025-10-17']);
    expect(preview.skipped.map((s) => `${s.date} ${s.reason}`)).toEqual(['2025-10-03 개천절', '2025-10-06 추석', '2025-10-08 대체공휴일(추석)']);
  });

  it('includes weekends and holidays only when asked', async () => {
    const preview = await app.must('guides.previewPattern', pattern({ from: '2025-05-03', until: '2025-05-06', weekdays: [0, 1, 2, 3, 4, 5, 6], slots: ['morning'], includeNonWorkingDays: true }));
    expect(preview.create.map((s) => s.date)).toEqual(['2025-05-03', '2025-05-04', '2025-05-05', '2025-05-06']);
    const without = await app.must('guides.previewPattern', pattern({ from: '2025-05-03', until: '2025-05-06', weekdays: [0, 1, 2, 3, 4, 5, 6], slots: ['morning'] }));
    expect(without.skipped.map((s) => `${s.date} ${s.reason}`)).toEqual([
      '2025-05-03 주말',
      '2025-05-04 주말',
      '2025-05-05 어린이날·부처님 오신 날',
      '2025-05-06 대체공휴일(부처님 오신 날)',
    ]);
  });

  it('leaves out slots the helper already stands, and days outside their active period', async () => {
    await app.must('guides.saveShift', { date: '2025-06-02', slot: 'morning', post: '2층 여권민원실', helperId });
    await app.must('guides.saveHelper', { id: helperId, name: '김순자', contact: '010-2345-6789', kind: 'seniorJob', activeFrom: '2025-01-01', activeTo: '2025-06-05' });
    const preview = await app.must('guides.previewPattern', pattern({ from: '2025-06-02', until: '2025-06-13', slots: ['morning'] }));
    expect(preview.create.map((s) => s.date)).toEqual(['2025-06-04', '2025-06-05']);
    expect(preview.skipped.map((s) => `${s.date} ${s.reason}`)).toEqual([
      '2025-06-02 이미 근무 있음(2층 여권민원실 09:00–12:00)',
      '2025-06-03 임시공휴일(대통령선거)',
      '2025-06-06 현충일',
      ...['2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13'].map((d) => `${d} 활동 기간 밖`),
    ]);
  });

  it('plans custom hours, and refuses a custom slot without its times in Korean', async () => {
    const preview = await app.must('guides.previewPattern', pattern({ from: '2025-03-04', until: '2025-03-04', slots: ['custom'], startTime: '10:00', endTime: '15:00' }));
    expect(preview.create).toEqual([{ date: '2025-03-04', slot: 'custom', startTime: '10:00', endTime: '15:00' }]);
    const refused = await app.call('guides.previewPattern', pattern({ slots: ['custom'] }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '시간 지정은 시작 시각과 그보다 늦은 종료 시각을 입력하세요.', field: 'endTime' } });
    const both = await app.call('guides.previewPattern', pattern({ weeks: 2 }));
    expect(both).toMatchObject({ ok: false, error: { message: '종료일이나 주 수 중 하나를 입력하세요.' } });
  });

  it('lays a month down entirely or not at all: a failure part-way leaves no shift behind', async () => {
    await failWritingShiftOn('2025-03-20');
    const result = await app.call('guides.applyPattern', pattern({}));
    expect(result).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    expect(await app.must('guides.shifts', { from: '2025-03-01', to: '2025-03-31' })).toEqual([]);
  });

  it('lays half a year down entirely or not at all, though it is written in several parts', async () => {
    // About 240 shifts: more than one INSERT's worth, so the first part is already written when the last fails.
    await failWritingShiftOn('2025-08-28');
    const result = await app.call('guides.applyPattern', pattern({ from: '2025-03-01', until: '2025-08-29' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    expect(await app.must('guides.shifts', { from: '2025-03-01', to: '2025-08-31' })).toEqual([]);
  });

  it('says so when the pattern has nothing left to create', async () => {
    await app.must('guides.applyPattern', pattern({}));
    const again = await app.call('guides.applyPattern', pattern({}));
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: '새로 만들 근무가 없습니다. 기간·요일·시간대를 확인하세요.' } });
    expect(await app.must('guides.shifts', { from: '2025-03-01', to: '2025-03-31' })).toHaveLength(40);
  });
});
