import { deskToday } from '../../shared/korean/deskClock';
import { SIGN_IN_FIRST } from '../../shared/contract/access';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../shared/contract/interpretation';
import { addDays } from '../../shared/korean/holidays';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
let staffId: number;

const walkIn = (over: Partial<RequestInput> = {}): RequestInput => ({
  date: '2024-07-05',
  time: '10:30',
  language: 'vi',
  methodId: 1,
  task: '전입신고',
  outcome: '처리 완료',
  ...over,
});

beforeEach(async () => {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  staffId = (await app.must('staff.save', { name: '홍길동', departmentId: dept.id })).id;
  await app.signInAs(staffId);
});
afterEach(() => app?.close());

describe('logging an interpretation request at the desk', () => {
  it('keeps a walk-in as served, one person, handled by the staff member at the PC', async () => {
    const saved = await app.must('interpretation.requests.save', walkIn());
    expect(saved).toMatchObject({
      languageLabel: '베트남어',
      kind: 'foreign',
      methodLabel: '민원통역관(직원)',
      task: '전입신고',
      people: 1,
      status: '완료',
      outcome: '처리 완료',
      staffName: '홍길동',
      booked: false,
    });
  });

  it('refuses a request when nobody is signed in at the PC, and saves nothing', async () => {
    await app.must('session.signOut', {});
    const result = await app.call('interpretation.requests.save', walkIn());
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: SIGN_IN_FIRST } });
    expect(await app.db.selectFrom('interpretation_request').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 0 });
  });

  it('wants an outcome for a request that took place', async () => {
    const result = await app.call('interpretation.requests.save', walkIn({ outcome: null }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'outcome', message: '결과를 선택하세요.' } });
  });

  it('refuses a served request dated in the future and points to a booking instead', async () => {
    const result = await app.call('interpretation.requests.save', walkIn({ date: addDays(deskToday(), 3) }));
    expect(result).toMatchObject({ ok: false, error: { field: 'date', message: expect.stringContaining('예약으로 기록하세요') } });
  });

  it('the database itself refuses a served request with no outcome or no staff', async () => {
    const insert = (outcome: '처리 완료' | null, staff: number | null) =>
      app.db
        .insertInto('interpretation_request')
        .values({ requested_on: '2024-07-05', language: 'vi', method_id: 1, task: '여권', status: '완료', outcome, staff_id: staff, created_at: 'x', updated_at: 'x' })
        .execute();
    await expect(insert(null, staffId)).rejects.toThrow(/CHECK|check constraint/);
    await expect(insert('처리 완료', null)).rejects.toThrow(/CHECK|check constraint/);
    await expect(insert('처리 완료', staffId)).resolves.not.toThrow();
  });

  it('keeps the note only for 기타 languages and edits a record in place', async () => {
    const saved = await app.must('interpretation.requests.save', walkIn({ language: 'other', languageNote: '아랍어', people: 3 }));
    expect(saved.languageNote).toBe('아랍어');
    const edited = await app.must('interpretation.requests.save', { ...walkIn({ language: 'en', languageNote: '아랍어' }), id: saved.id });
    expect(edited).toMatchObject({ id: saved.id, languageLabel: '영어', languageNote: '', people: 1 });
  });
});

describe('a record entered by mistake', () => {
  it('is deleted, and a second delete says it is gone', async () => {
    const saved = await app.must('interpretation.requests.save', walkIn());
    expect(await app.must('interpretation.requests.delete', { id: saved.id })).toEqual({ id: saved.id });
    expect((await app.must('interpretation.day', { date: '2024-07-05' })).requests).toEqual([]);
    expect(await app.call('interpretation.requests.delete', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('booked requests', () => {
  it('shows a booking on the calendar and the day board, then keeps it there once served or cancelled', async () => {
    const day = addDays(deskToday(), 10);
    const booking = await app.must('interpretation.requests.save', {
      date: day,
      time: '14:00',
      language: 'ksl',
      methodId: 5,
      task: '가족관계증명',
      status: '예약',
      staffId: null,
    });
    expect(booking).toMatchObject({ status: '예약', outcome: null, booked: true, kind: 'sign' });
    const other = await app.must('interpretation.requests.save', { date: day, time: '09:00', language: 'zh', methodId: 2, task: '여권', status: '예약' });

    const board = await app.must('interpretation.day', { date: day });
    expect(board.requests.map((r) => r.time)).toEqual(['09:00', '14:00']);
    expect(board).toMatchObject({ booked: 2, served: { cases: 0, people: 0 } });

    expect(await app.must('interpretation.bookings', { from: day, to: day })).toEqual([
      { id: other.id, date: day, time: '09:00', languageLabel: '중국어', methodLabel: '1345 외국인종합안내센터 3자 통화', taskLabel: '여권', status: '예약' },
      { id: booking.id, date: day, time: '14:00', languageLabel: '한국수어', methodLabel: '수어통역센터 수어통역사 파견', taskLabel: '가족관계증명', status: '예약' },
    ]);

    await app.must('interpretation.requests.cancel', { id: other.id });
    // The sign interpreter came earlier than planned: the desk closes the booking on today's date.
    await app.must('interpretation.requests.save', { ...walkIn({ language: 'ksl', methodId: 5, task: '가족관계증명', date: deskToday() }), id: booking.id });
    const after = await app.must('interpretation.bookings', { from: addDays(deskToday(), -1), to: day });
    expect(after.map((b) => [b.taskLabel, b.status])).toEqual([
      ['가족관계증명', '완료'],
      ['여권', '취소'],
    ]);
  });

  it('cancels only a booking', async () => {
    const served = await app.must('interpretation.requests.save', walkIn());
    const result = await app.call('interpretation.requests.cancel', { id: served.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('예약된 통역만') } });
  });

  it('does not list walk-ins as bookings', async () => {
    await app.must('interpretation.requests.save', walkIn());
    expect(await app.must('interpretation.bookings', { from: '2024-07-01', to: '2024-07-31' })).toEqual([]);
  });
});

describe('the quick form defaults', () => {
  it('offers the language and way used most in the last 90 days, ignoring older, cancelled and future ones', async () => {
    const today = deskToday();
    for (let i = 0; i < 3; i++) await app.must('interpretation.requests.save', walkIn({ date: addDays(today, 5), language: 'ksl', methodId: 5, status: '예약', outcome: null }));
    for (let i = 0; i < 4; i++) await app.must('interpretation.requests.save', walkIn({ date: addDays(today, -120), language: 'zh' }));
    for (let i = 0; i < 3; i++) await app.must('interpretation.requests.save', walkIn({ date: addDays(today, -80), language: 'th', status: '취소' }));
    await app.must('interpretation.requests.save', walkIn({ date: addDays(today, -30), language: 'vi', methodId: 3 }));
    await app.must('interpretation.requests.save', walkIn({ date: addDays(today, -2), language: 'vi', methodId: 3 }));
    await app.must('interpretation.requests.save', walkIn({ date: addDays(today, -1), language: 'en', methodId: 1 }));
    expect(await app.must('interpretation.defaults', {})).toEqual({ language: 'vi', methodId: 3 });
  });

  it('starts with English and the first way of service in a new office', async () => {
    expect(await app.must('interpretation.defaults', {})).toEqual({ language: 'en', methodId: 1 });
  });
});

describe('the roster of 외국어 특약관', () => {
  it('suggests the staff who speak the chosen language, the most fluent first, leaving out those off the roster', async () => {
    const dept = (await app.must('departments.list', {})).find((d) => d.name === '민원회계과')!.id;
    const [kim, lee, park] = await app.asAdmin(async () => [
      await app.must('staff.save', { name: '김영희', departmentId: dept }),
      await app.must('staff.save', { name: '이철수', departmentId: dept }),
      await app.must('staff.save', { name: '박민수', departmentId: dept }),
    ]);
    await app.must('interpretation.interpreters.save', { staffId: kim.id, languages: [{ language: 'vi', level: '중' }], availability: '오후' });
    await app.must('interpretation.interpreters.save', {
      staffId: lee.id,
      languages: [
        { language: 'zh', level: '하' },
        { language: 'vi', level: '상' },
      ],
      availability: '평일 오전, 내선 2345',
    });
    await app.must('interpretation.interpreters.save', { staffId: park.id, languages: [{ language: 'vi', level: '상' }], active: false });

    const suggested = await app.must('interpretation.interpreters.list', { language: 'vi' });
    expect(suggested.map((i) => `${i.name} ${i.languages.find((l) => l.language === 'vi')!.level}`)).toEqual(['이철수 상', '김영희 중']);
    expect(suggested[0]).toMatchObject({ departmentName: '민원회계과', availability: '평일 오전, 내선 2345' });
    expect(suggested[0].languages.map((l) => l.label)).toEqual(['중국어', '베트남어']);

    await app.must('interpretation.interpreters.save', { staffId: lee.id, languages: [{ language: 'zh', level: '중' }] });
    expect((await app.must('interpretation.interpreters.list', { language: 'vi' })).map((i) => i.name)).toEqual(['김영희']);
    expect((await app.must('interpretation.interpreters.list', { includeInactive: true })).map((i) => i.name)).toEqual(['김영희', '박민수', '이철수']);
  });

  it('refuses the same language twice', async () => {
    const result = await app.call('interpretation.interpreters.save', {
      staffId,
      languages: [
        { language: 'en', level: '상' },
        { language: 'en', level: '하' },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { message: '같은 언어가 두 번 있습니다.' } });
  });
});
