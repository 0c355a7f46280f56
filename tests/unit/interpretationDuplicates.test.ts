import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../shared/contract/interpretation';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;

const booking = (over: Partial<RequestInput> = {}): RequestInput => ({
  date: '2030-07-05', time: '10:30', language: 'vi', methodId: 1, task: '전입신고', status: '예약', ...over,
});
const duplicatesOf = (r: RequestInput & { id?: number }) =>
  app.must('interpretation.requests.duplicates', { id: r.id, date: r.date, time: r.time ?? null, language: r.language, task: r.task });

beforeEach(async () => {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  await app.signInAs((await app.must('staff.save', { name: '홍길동', departmentId: dept.id })).id);
});
afterEach(() => app?.close());

describe('a booking entered twice', () => {
  it('is found by the same language, day, time and errand (spaces aside)', async () => {
    const first = await app.must('interpretation.requests.save', booking());
    expect((await duplicatesOf(booking())).map((r) => r.id)).toEqual([first.id]);
    expect((await duplicatesOf(booking({ task: ' 전입 신고 ' }))).map((r) => r.id)).toEqual([first.id]);
  });

  it('is not another language, time, day or errand, nor the request being edited, nor one called off', async () => {
    const first = await app.must('interpretation.requests.save', booking());
    expect(await duplicatesOf(booking({ language: 'zh' }))).toEqual([]);
    expect(await duplicatesOf(booking({ time: '11:00' }))).toEqual([]);
    expect(await duplicatesOf(booking({ time: null }))).toEqual([]);
    expect(await duplicatesOf(booking({ date: '2030-07-06' }))).toEqual([]);
    expect(await duplicatesOf(booking({ task: '여권 발급' }))).toEqual([]);
    expect(await duplicatesOf({ ...booking(), id: first.id })).toEqual([]);
    await app.must('interpretation.requests.cancel', { id: first.id });
    expect(await duplicatesOf(booking())).toEqual([]);
  });

  it('may still be saved when the desk says so: two visitors can come for the same errand', async () => {
    await app.must('interpretation.requests.save', booking());
    await app.must('interpretation.requests.save', booking());
    expect(await duplicatesOf(booking())).toHaveLength(2);
  });
});
