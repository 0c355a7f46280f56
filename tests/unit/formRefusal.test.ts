import { describe, expect, it } from 'vitest';
import { issuesOf, placeIssues } from '../../renderer/forms/refusal';

const shown = new Set(['name', 'languages', 'sessions.0.date', 'sessions.1.date']);

describe("a refusal from main, put where the person will see it", () => {
  it('puts each message beside the field it names, the first per field winning', () => {
    const placed = placeIssues(
      [
        { field: 'name', message: '이름을 입력하세요.' },
        { field: 'name', message: '이름은 50자 이내로 입력하세요.' },
        { field: 'sessions.1.date', message: '교육일이 달력에 없는 날짜입니다.' },
      ],
      shown,
    );
    expect(placed).toEqual({ fieldErrors: { name: '이름을 입력하세요.', 'sessions.1.date': '교육일이 달력에 없는 날짜입니다.' }, formMessages: [] });
  });

  it('puts a message about one item of a list on the list when the item has no box of its own', () => {
    expect(placeIssues([{ field: 'languages.1.level', message: '수준을 상·중·하 중에서 선택하세요.' }], shown).fieldErrors).toEqual({
      languages: '수준을 상·중·하 중에서 선택하세요.',
    });
  });

  it('keeps a message about no field, or a field not on screen, above the buttons, each once', () => {
    const placed = placeIssues(
      [
        { field: '', message: '요청에 알 수 없는 항목이 들어 있습니다.' },
        { field: 'outcome', message: '결과를 선택하세요.' },
        { field: 'id', message: '결과를 선택하세요.' },
      ],
      shown,
    );
    expect(placed).toEqual({ fieldErrors: {}, formMessages: ['요청에 알 수 없는 항목이 들어 있습니다.', '결과를 선택하세요.'] });
  });

  it('follows a form that names a field differently from the input', () => {
    const placed = placeIssues([{ field: 'contentBase64', message: '사진은 5MB 이하만 올릴 수 있습니다.' }], new Set(['file']), (f) => (f === 'contentBase64' ? 'file' : f));
    expect(placed.fieldErrors).toEqual({ file: '사진은 5MB 이하만 올릴 수 있습니다.' });
  });

  it('reads an older refusal with one field and no list of issues', () => {
    expect(issuesOf({ code: 'conflict', message: '이미 대여 중인 휠체어입니다.', field: 'wheelchairId' })).toEqual([{ field: 'wheelchairId', message: '이미 대여 중인 휠체어입니다.' }]);
    expect(issuesOf({ code: 'unexpected', message: '처리 중 예기치 않은 오류가 발생했습니다.' })).toEqual([{ field: '', message: '처리 중 예기치 않은 오류가 발생했습니다.' }]);
  });
});
