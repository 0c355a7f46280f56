import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOverlapViolation } from '../../electron/guides/shiftRepository';
import type { ShiftInput } from '../../shared/contract/guides';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
let kim: number;
let park: number;

beforeEach(async () => {
  app = await tempCore();
  kim = (await app.must('guides.saveHelper', { name: '김순자', kind: 'seniorJob', activeFrom: '2025-01-01', quotaHoursPerDay: 3, quotaDaysPerMonth: 10 })).id;
  park = (await app.must('guides.saveHelper', { name: '박영수', contact: '01098765432', kind: 'volunteer', activeFrom: '2025-01-01' })).id;
});
afterEach(() => app.close());

const shift = (s: Partial<ShiftInput>) => app.must('guides.saveShift', { date: '2025-03-04', slot: 'morning', post: '1층 안내데스크', helperId: kim, ...s });
const shiftOn = (date: string) => app.must('guides.shifts', { from: date, to: date });

describe('a guide shift', () => {
  it('takes its hours from the slot, the lunch hour not counted', async () => {
    expect(await shift({ slot: 'morning' })).toMatchObject({ startTime: '09:00', endTime: '12:00', minutes: 180, status: 'planned', helperName: '김순자' });
    expect(await shift({ date: '2025-03-05', slot: 'afternoon' })).toMatchObject({ startTime: '13:00', endTime: '18:00', minutes: 300 });
    expect(await shift({ date: '2025-03-06', slot: 'full' })).toMatchObject({ startTime: '09:00', endTime: '18:00', minutes: 480 });
    expect(await shift({ date: '2025-03-07', slot: 'custom', startTime: '10:30', endTime: '14:00' })).toMatchObject({ minutes: 150 });
  });

  it.each([
    ['2025-03-03', '대체공휴일(3ㆍ1절)'],
    ['2025-06-03', '임시공휴일(대통령선거)'],
    ['2025-05-06', '대체공휴일(부처님 오신 날)'],
    ['2025-03-08', '주말'],
  ])('is refused on %s (%s) unless marked as holiday work', async (date, name) => {
    const refused = await app.call('guides.saveShift', { date, slot: 'morning', post: '1층 안내데스크', helperId: kim });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'date' } });
    if (!refused.ok) expect(refused.error.message).toContain(name);
    expect(await shiftOn(date)).toEqual([]);
    expect(await shift({ date, onNonWorkingDay: true })).toMatchObject({ date });
  });

  it('cannot put one person at two posts at once, in the logic and in the database', async () => {
    await shift({ slot: 'full' });
    const refused = await app.call('guides.saveShift', { date: '2025-03-04', slot: 'afternoon', post: '2층 여권민원실', helperId: kim });
    expect(refused).toMatchObject({ ok: false, error: { message: '김순자 도우미는 3.4. 09:00–18:00에 이미 1층 안내데스크 근무가 있습니다.' } });
    const straightIn = app.db
      .insertInto('guide_shift')
      .values({ date: '2025-03-04', slot: 'custom', start_time: '17:00', end_time: '19:00', post: '현관', helper_id: kim, created_at: 'x', updated_at: 'x' })
      .execute();
    const refusal = await straightIn.then(() => null, (error: unknown) => error);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toMatch(/guide_shift_overlap/);
    expect(isOverlapViolation(refusal)).toBe(true);
    expect(await shift({ helperId: park, post: '2층 여권민원실' })).toMatchObject({ helperName: '박영수' });
  });

  it('is refused outside the helper’s active period', async () => {
    const late = await app.must('guides.saveHelper', { name: '이말순', kind: 'other', activeFrom: '2025-04-01' });
    const refused = await app.call('guides.saveShift', { date: '2025-03-31', slot: 'morning', post: '1층 안내데스크', helperId: late.id });
    expect(refused).toMatchObject({ ok: false, error: { message: '3.31.은(는) 이말순 도우미의 활동 기간(2025.04.01.~)이 아닙니다.' } });
  });

  it('moves to another working day, not onto a holiday or a busy slot', async () => {
    const a = await shift({});
    await shift({ date: '2025-03-05' });
    expect(await app.must('guides.moveShift', { id: a.id, date: '2025-03-07' })).toMatchObject({ date: '2025-03-07', slot: 'morning', post: '1층 안내데스크' });
    expect(await app.call('guides.moveShift', { id: a.id, date: '2025-03-03' })).toMatchObject({ ok: false, error: { field: 'date' } });
    expect(await app.call('guides.moveShift', { id: a.id, date: '2025-03-05' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await shiftOn('2025-03-07')).map((s) => s.id)).toEqual([a.id]);
  });

  it('swaps two helpers’ shifts: each takes the other’s day, time and post', async () => {
    const a = await shift({ date: '2025-03-04', slot: 'morning', post: '1층 안내데스크' });
    const b = await shift({ date: '2025-03-05', slot: 'afternoon', post: '2층 여권민원실', helperId: park });
    const [first, second] = await app.must('guides.swapShifts', { firstId: a.id, secondId: b.id });
    expect(first).toMatchObject({ helperName: '김순자', date: '2025-03-05', slot: 'afternoon', post: '2층 여권민원실' });
    expect(second).toMatchObject({ helperName: '박영수', date: '2025-03-04', slot: 'morning', post: '1층 안내데스크' });
  });

  it('swaps two posts held at the same hour without tripping the overlap rule', async () => {
    const a = await shift({ post: '1층 안내데스크' });
    const b = await shift({ post: '2층 여권민원실', helperId: park });
    await app.must('guides.swapShifts', { firstId: a.id, secondId: b.id });
    expect((await shiftOn('2025-03-04')).map((s) => `${s.post} ${s.helperName}`).sort()).toEqual(['1층 안내데스크 박영수', '2층 여권민원실 김순자']);
  });

  it('refuses to swap a shift already done, or two of the same helper', async () => {
    const a = await shift({});
    const b = await shift({ date: '2025-03-05' });
    expect(await app.call('guides.swapShifts', { firstId: a.id, secondId: b.id })).toMatchObject({ ok: false, error: { message: '같은 도우미의 근무끼리는 맞바꿀 수 없습니다. 옮기기를 쓰세요.' } });
    const c = await shift({ date: '2025-03-05', helperId: park, post: '현관' });
    await app.must('guides.setShiftStatus', { id: c.id, status: 'done' });
    const refused = await app.call('guides.swapShifts', { firstId: a.id, secondId: c.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toContain('이미 처리되었습니다(완료)');
  });

  it('is marked done, absent or replaced by someone else, and back to planned', async () => {
    const a = await shift({});
    expect(await app.must('guides.setShiftStatus', { id: a.id, status: 'done' })).toMatchObject({ status: 'done' });
    expect(await app.must('guides.setShiftStatus', { id: a.id, status: 'absent' })).toMatchObject({ status: 'absent', replacementName: null });
    expect(await app.must('guides.setShiftStatus', { id: a.id, status: 'replaced', replacementHelperId: park })).toMatchObject({
      status: 'replaced',
      helperName: '김순자',
      replacementName: '박영수',
    });
    expect(await app.must('guides.setShiftStatus', { id: a.id, status: 'planned' })).toMatchObject({ status: 'planned', replacementHelperId: null });
  });

  it('needs the replacing helper named, someone else, and free at that hour', async () => {
    const a = await shift({});
    expect(await app.call('guides.setShiftStatus', { id: a.id, status: 'replaced' })).toMatchObject({
      ok: false,
      error: { message: '대체는 대신 근무한 도우미를 함께 선택하세요.', field: 'replacementHelperId' },
    });
    expect(await app.call('guides.setShiftStatus', { id: a.id, status: 'replaced', replacementHelperId: kim })).toMatchObject({ ok: false, error: { field: 'replacementHelperId' } });
    await shift({ helperId: park, post: '현관' });
    expect(await app.call('guides.setShiftStatus', { id: a.id, status: 'replaced', replacementHelperId: park })).toMatchObject({
      ok: false,
      error: { message: '박영수 도우미는 3.4. 09:00–12:00에 이미 현관 근무가 있습니다.' },
    });
  });

  it('cannot be marked done before its day comes', async () => {
    const later = await shift({ date: '2027-03-04' });
    const refused = await app.call('guides.setShiftStatus', { id: later.id, status: 'done' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'status' } });
    expect((await shiftOn('2027-03-04'))[0].status).toBe('planned');
  });

  it('is deleted while planned or missed, but not once it counts for the record', async () => {
    const a = await shift({});
    await app.must('guides.setShiftStatus', { id: a.id, status: 'done' });
    expect(await app.call('guides.deleteShift', { id: a.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await app.must('guides.setShiftStatus', { id: a.id, status: 'absent' });
    expect(await app.must('guides.deleteShift', { id: a.id })).toEqual({ id: a.id });
    expect(await shiftOn('2025-03-04')).toEqual([]);
  });

  it('keeps shifts inside the helper’s active period when the period is shortened', async () => {
    await shift({ date: '2025-03-20' });
    const refused = await app.call('guides.saveHelper', { id: kim, name: '김순자', kind: 'seniorJob', activeFrom: '2025-01-01', activeTo: '2025-03-14' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'activeTo' } });
    if (!refused.ok) expect(refused.error.message).toContain('활동 기간 밖에 근무 1건');
  });
});
