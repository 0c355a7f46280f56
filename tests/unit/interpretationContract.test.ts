import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { INTERPRETATION_LANGUAGES, kindOf } from '../../shared/interpretationLanguages';
import { interpretationValidInputs } from '../fixtures/validInputs/interpretation';

const save = contract['interpretation.requests.save'].input;
const sample = interpretationValidInputs['interpretation.requests.save']!;
const refusal = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } }, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return { message: result.error!.issues[0].message, field: result.error!.issues[0].path.join('.') };
};

describe('the interpretation contract', () => {
  it('knows the fourteen languages by their Korean labels, 한국수어 being the one sign language', () => {
    expect(INTERPRETATION_LANGUAGES.map((l) => l.label)).toEqual([
      '영어', '중국어', '일본어', '베트남어', '태국어', '러시아어', '우즈베크어', '몽골어', '네팔어', '타갈로그어', '인도네시아어', '크메르어', '기타', '한국수어',
    ]);
    expect(INTERPRETATION_LANGUAGES.filter((l) => kindOf(l.code) === 'sign').map((l) => l.label)).toEqual(['한국수어']);
  });

  it('fills the obvious for a walk-in: one person, taken place, handled by whoever is at the PC', () => {
    const parsed = save.parse({ date: '2024-07-05', language: 'en', methodId: 1, task: '여권', outcome: '처리 완료' });
    expect(parsed).toMatchObject({ people: 1, status: '완료', time: null, minutes: null, interpreterId: null, nationality: '', note: '' });
    expect(parsed.staffId).toBeUndefined();
  });

  it('answers each bad request field in Korean, beside the field', () => {
    expect(refusal(save, { ...sample, language: 'fr' })).toEqual({ message: '언어를 목록에서 선택하세요.', field: 'language' });
    expect(refusal(save, { ...sample, time: '25:00' })).toEqual({ message: '시각은 24시간제로 시와 분을 입력하세요(예: 14:30).', field: 'time' });
    expect(refusal(save, { ...sample, people: 0 })).toEqual({ message: '인원은 1 이상이어야 합니다.', field: 'people' });
    expect(refusal(save, { ...sample, minutes: 1.5 })).toEqual({ message: '소요 시간(분)은 정수로 입력하세요.', field: 'minutes' });
    expect(refusal(save, { ...sample, task: '  ' })).toEqual({ message: '민원 업무를 입력하세요.', field: 'task' });
    expect(refusal(save, { ...sample, date: '2024-02-30' })).toEqual({ message: '날짜가 달력에 없는 날짜입니다.', field: 'date' });
    expect(refusal(save, { ...sample, outcome: null })).toEqual({ message: '결과를 선택하세요.', field: 'outcome' });
  });

  it('refuses a staff member or way whose number no record can have, in Korean, instead of asking the office server', () => {
    // Found by the fuzz run: PostgreSQL's INTEGER keys end at 2147483647, and a bigger number failed there as an unexpected error.
    const list = contract['interpretation.requests.list'].input;
    expect(refusal(list, { from: '2024-01-01', to: '2024-12-31', staffId: Number.MAX_SAFE_INTEGER })).toEqual({ message: '처리 직원이 올바르지 않습니다.', field: 'staffId' });
    expect(refusal(save, { ...sample, methodId: 2_147_483_648 })).toEqual({ message: '지원 방법이 올바르지 않습니다.', field: 'methodId' });
    expect(list.safeParse({ from: '2024-01-01', to: '2024-12-31', staffId: 2_147_483_647 }).success).toBe(true);
  });

  it('accepts a booking without an outcome or a handling staff member', () => {
    expect(save.safeParse({ ...sample, status: '예약', outcome: null, staffId: null }).success).toBe(true);
  });

  it('keeps periods sane: in order, and not decades long', () => {
    const list = contract['interpretation.requests.list'].input;
    expect(refusal(list, { from: '2024-02-01', to: '2024-01-01' })).toEqual({ message: '시작일이 종료일보다 늦습니다.', field: 'to' });
    expect(refusal(contract['interpretation.figures'].input, { from: '2000-01-01', to: '2024-12-31' })).toEqual({
      message: '기간은 20년 이내로 지정하세요.',
      field: 'from',
    });
  });

  it('declares the bookings channel the combined 일정 view reads', () => {
    const bookings = contract['interpretation.bookings'];
    expect(bookings.kind).toBe('query');
    expect(bookings.input.safeParse({ from: '2024-07-01', to: '2024-07-31' }).success).toBe(true);
    expect(bookings.input.safeParse({ from: '2024-07-01', to: '2024-07-31', status: '예약' }).success).toBe(false);
  });
});
