import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ADMIN, tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
afterEach(() => app?.close());

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

/** The lists as the test made them: without the 관리자 (and their department) every test core starts with. */
const made = <T extends { departmentName?: string; name: string }>(list: T[]) =>
  list.filter((x) => (x.departmentName ?? x.name) !== TEST_ADMIN.departmentName);

describe('the staff list', () => {
  it('keeps a person with their department and who created and last changed them', async () => {
    app = await tempCore();
    const dept = await app.must('departments.save', { name: '민원회계과' });
    const lead = await app.must('staff.save', { name: '김팀장', departmentId: dept.id, position: '팀장' });
    await app.signInAs(lead.id, { role: 'admin' });
    const clerk = await app.must('staff.save', { name: '홍길동', departmentId: dept.id, position: '주무관' });
    expect(clerk).toMatchObject({ name: '홍길동', departmentName: '민원회계과', createdByName: '김팀장', updatedByName: '김팀장', active: true });
    expect(made(await app.must('departments.list', {})).map((d) => [d.name, d.staffCount])).toEqual([['민원회계과', 2]]);
  });

  it('refuses the same name twice in one department, in Korean, beside the name field', async () => {
    app = await tempCore();
    const dept = await app.must('departments.save', { name: '민원회계과' });
    await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
    const again = await app.call('staff.save', { name: '홍길동', departmentId: dept.id });
    expect(again).toEqual({ ok: false, error: { code: 'conflict', message: "같은 부서에 '홍길동' 직원이 이미 있습니다.", field: 'name' } });
  });

  it('refuses a department that does not exist', async () => {
    app = await tempCore();
    const result = await app.call('staff.save', { name: '홍길동', departmentId: 99 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'departmentId' } });
    expect(made(await app.must('staff.list', {}))).toEqual([]);
  });

  it('hides people who left unless asked, and a person who left cannot sign in or get a PIN', async () => {
    app = await tempCore();
    const dept = await app.must('departments.save', { name: '세무과' });
    const gone = await app.must('staff.save', { name: '이퇴직', departmentId: dept.id, active: false });
    expect(made(await app.must('staff.list', {}))).toEqual([]);
    expect(made(await app.must('staff.list', { includeInactive: true })).map((s) => s.name)).toEqual(['이퇴직']);
    expect((await app.must('session.people', {})).map((p) => p.name)).toEqual([TEST_ADMIN.name]);
    expect(await app.call('staff.setPin', { staffId: gone.id, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'staffId' } });
    expect(await app.call('session.signIn', { staffId: gone.id, pin: '2468' })).toMatchObject({ ok: false });
  });
});

describe('importing the staff list', () => {
  it('reads a UTF-8 CSV with quotes, creates departments, updates known people and reports skipped rows', async () => {
    app = await tempCore();
    const dept = await app.must('departments.save', { name: '민원회계과' });
    await app.must('staff.save', { name: '홍길동', departmentId: dept.id, position: '주무관' });
    const csv = '\uFEFF성명,소속,직급,재직\n홍길동,민원회계과,"팀장, 행정6급",재직\n성춘향,세무과,주무관,\n,세무과,주무관,\n이몽룡,,주무관,\n변학도,세무과,,퇴직\n';
    const report = await app.must('staff.import', { fileName: '직원명단.csv', contentBase64: base64(csv) });
    expect(report).toEqual({
      added: 2,
      updated: 1,
      departmentsAdded: 1,
      skipped: [
        { row: 4, reason: '이름이 비어 있습니다.' },
        { row: 5, reason: '부서가 비어 있습니다.' },
      ],
    });
    const all = made(await app.must('staff.list', { includeInactive: true }));
    expect(all.map((s) => [s.name, s.departmentName, s.position, s.active])).toEqual([
      ['홍길동', '민원회계과', '팀장, 행정6급', true],
      ['변학도', '세무과', '', false],
      ['성춘향', '세무과', '주무관', true],
    ]);
  });

  it('reads a CSV saved by Korean Excel in CP949', async () => {
    app = await tempCore();
    // "이름,부서\n홍길동,민원회계과\n" in CP949, written out byte by byte.
    const cp949 = Buffer.from('c0ccb8a72cbace bcad0aC8ABB1E6B5BF2CB9CEBFF8C8B8B0E8B0FA0a'.replace(/\s/g, ''), 'hex');
    const report = await app.must('staff.import', { fileName: 'list.CSV', contentBase64: cp949.toString('base64') });
    expect(report.added).toBe(1);
    expect(made(await app.must('staff.list', {}))[0]).toMatchObject({ name: '홍길동', departmentName: '민원회계과' });
  });

  it('reads the first sheet of an XLSX file', async () => {
    app = await tempCore();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('명단');
    sheet.addRow(['이름', '부서', '직위']);
    sheet.addRow(['홍길동', '민원회계과', '주무관']);
    sheet.addRow(['성춘향', '민원회계과', '팀장']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const report = await app.must('staff.import', { fileName: '명단.xlsx', contentBase64: bytes.toString('base64') });
    expect(report).toMatchObject({ added: 2, departmentsAdded: 1, skipped: [] });
  });

  it('refuses a file without 이름 and 부서 headers and changes nothing', async () => {
    app = await tempCore();
    const result = await app.call('staff.import', { fileName: 'x.csv', contentBase64: base64('a,b\n1,2\n') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: "첫 줄에 '이름'과 '부서' 열 제목이 있어야 합니다." } });
    expect(made(await app.must('departments.list', {}))).toEqual([]);
  });

  it('refuses a file type it cannot read', async () => {
    app = await tempCore();
    const result = await app.call('staff.import', { fileName: '명단.hwp', contentBase64: base64('x') });
    expect(result).toMatchObject({ ok: false, error: { message: 'CSV 또는 XLSX 파일만 가져올 수 있습니다.', field: 'fileName' } });
  });
});
