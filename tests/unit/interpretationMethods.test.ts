import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestToInput } from '../../shared/contract/interpretation';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;

beforeEach(async () => {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const staff = await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
  await app.signInAs(staff.id);
});
afterEach(() => app?.close());

const logWith = (methodId: number) =>
  app.call('interpretation.requests.save', { date: '2024-07-05', language: 'en', methodId, task: '여권', outcome: '처리 완료' });

describe('the ways of service (설정)', () => {
  it('starts with the six ways offices use, in order', async () => {
    expect((await app.must('interpretation.methods.list', {})).map((m) => m.name)).toEqual([
      '민원통역관(직원)',
      '1345 외국인종합안내센터 3자 통화',
      'BBB Korea 자원봉사 통화',
      '107 손말이음센터/110 영상 수어 중계',
      '수어통역센터 수어통역사 파견',
      '통역기기·앱',
    ]);
  });

  it('adds a way at the end, renames it, and refuses a duplicate name', async () => {
    const tablet = await app.must('interpretation.methods.save', { name: '화상통역 태블릿' });
    expect((await app.must('interpretation.methods.list', {})).at(-1)).toEqual({ id: tablet.id, name: '화상통역 태블릿', active: true, useCount: 0 });
    await app.must('interpretation.methods.save', { id: tablet.id, name: '화상통역 태블릿(구청 보유)' });
    expect((await app.must('interpretation.methods.list', {})).at(-1)!.name).toBe('화상통역 태블릿(구청 보유)');
    const duplicate = await app.call('interpretation.methods.save', { name: '통역기기·앱' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name', message: "'통역기기·앱' 지원 방법이 이미 있습니다." } });
  });

  it('a renamed way shows its new name on the requests already filed under it', async () => {
    const tablet = await app.must('interpretation.methods.save', { name: '태블릿' });
    const request = await logWith(tablet.id);
    await app.must('interpretation.methods.save', { id: tablet.id, name: '화상통역 태블릿' });
    const day = await app.must('interpretation.day', { date: '2024-07-05' });
    expect(request.ok && day.requests.find((r) => r.id === request.value.id)!.methodLabel).toBe('화상통역 태블릿');
  });

  it('a retired way leaves the form but stays on old records, and takes no new request (logic and database)', async () => {
    const app1345 = 2;
    const old = await logWith(app1345);
    expect(old.ok).toBe(true);
    await app.must('interpretation.methods.save', { id: app1345, name: '1345 외국인종합안내센터 3자 통화', active: false });
    expect((await app.must('interpretation.methods.list', {})).map((m) => m.id)).not.toContain(app1345);
    expect((await app.must('interpretation.methods.list', { includeInactive: true })).find((m) => m.id === app1345)).toMatchObject({ active: false, useCount: 1 });

    expect(await logWith(app1345)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'methodId' } });
    // Editing the old record keeps its retired way.
    if (old.ok) expect((await app.must('interpretation.requests.save', { ...requestToInput(old.value), people: 2 })).methodLabel).toBe('1345 외국인종합안내센터 3자 통화');
    const filedUnderRetired = app.db
      .insertInto('interpretation_request')
      .values({ requested_on: '2024-07-06', language: 'en', method_id: 2, task: '여권', status: '예약', booked: 1, created_at: 'x', updated_at: 'x' })
      .execute();
    await expect(filedUnderRetired).rejects.toThrow(/interpretation_method_inactive/);
  });

  it('deletes a way nobody used, and never one that was used (logic and database)', async () => {
    const unused = await app.must('interpretation.methods.save', { name: '잘못 만든 항목' });
    await app.must('interpretation.methods.delete', { id: unused.id });
    expect((await app.must('interpretation.methods.list', { includeInactive: true })).map((m) => m.id)).not.toContain(unused.id);

    await logWith(3);
    expect(await app.call('interpretation.methods.delete', { id: 3 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining("'사용 안 함'으로 바꾸세요") },
    });
    await expect(app.db.deleteFrom('interpretation_method').where('id', '=', 3).execute()).rejects.toThrow(/interpretation_method_in_use/);
  });

  it('always keeps one way in use', async () => {
    for (const id of [2, 3, 4, 5, 6]) await app.must('interpretation.methods.save', { id, name: (await app.must('interpretation.methods.list', {})).find((m) => m.id === id)!.name, active: false });
    expect(await app.call('interpretation.methods.save', { id: 1, name: '민원통역관(직원)', active: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('하나는 있어야') },
    });
  });
});
