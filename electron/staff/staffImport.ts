import type { StaffImportReport } from '../../shared/contract/staff';
import { UserFacingError } from '../../shared/result';
import type { Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { requireAnAdmin } from '../session/adminGuard';
import { staffRepository } from './staffRepository';
import { readSheet, type SheetRow } from './staffSheet';

/** Header words offices actually use for each column. */
const HEADERS = {
  name: ['이름', '성명', '직원명'],
  department: ['부서', '소속', '부서명', '소속부서'],
  position: ['직위', '직급', '직책'],
  active: ['재직', '재직여부', '상태'],
} as const;

const INACTIVE_WORDS = ['퇴직', '휴직', '아니오', 'n', 'no', '0', 'false'];

function findColumns(header: SheetRow) {
  const index = (words: readonly string[]) => header.cells.findIndex((c) => words.includes(c.replace(/\s/g, '')));
  return {
    name: index(HEADERS.name),
    department: index(HEADERS.department),
    position: index(HEADERS.position),
    active: index(HEADERS.active),
  };
}

/**
 * Adds new people and updates known ones (same name in the same department), creating departments
 * as needed, all in one transaction: a file that fails half-way leaves the list as it was.
 */
export async function importStaff(db: Db, fileName: string, bytes: Buffer, author: Author): Promise<StaffImportReport> {
  const rows = await readSheet(fileName, bytes);
  const headerRow = rows.find((r) => r.cells.some((c) => c !== ''));
  if (!headerRow) throw new UserFacingError('invalid_input', '파일에 내용이 없습니다.', 'contentBase64');
  const cols = findColumns(headerRow);
  if (cols.name < 0 || cols.department < 0) {
    throw new UserFacingError('invalid_input', "첫 줄에 '이름'과 '부서' 열 제목이 있어야 합니다.", 'contentBase64');
  }
  const body = rows.filter((r) => r.row > headerRow.row && r.cells.some((c) => c !== ''));

  // The report is made inside the transaction: on PostgreSQL a transaction that lost a race runs again.
  return writeTransaction(db, async (trx) => {
    const repo = staffRepository(trx);
    const report: StaffImportReport = { added: 0, updated: 0, departmentsAdded: 0, skipped: [] };
    for (const r of body) {
      const name = r.cells[cols.name] ?? '';
      const departmentName = r.cells[cols.department] ?? '';
      const position = cols.position >= 0 ? (r.cells[cols.position] ?? '') : '';
      const activeWord = cols.active >= 0 ? (r.cells[cols.active] ?? '').toLowerCase() : '';
      if (!name) {
        report.skipped.push({ row: r.row, reason: '이름이 비어 있습니다.' });
        continue;
      }
      if (!departmentName) {
        report.skipped.push({ row: r.row, reason: '부서가 비어 있습니다.' });
        continue;
      }
      if (name.length > 50 || departmentName.length > 100 || position.length > 50) {
        report.skipped.push({ row: r.row, reason: '글자 수가 너무 많습니다(이름 50자, 부서 100자, 직위 50자 이내).' });
        continue;
      }
      let departmentId = await repo.departmentIdByName(departmentName);
      if (departmentId === null) {
        departmentId = (await repo.saveDepartment({ name: departmentName, active: true }, author)).id;
        report.departmentsAdded++;
      }
      const existing = await repo.staffIdByNameAndDepartment(name, departmentId);
      const active = !INACTIVE_WORDS.includes(activeWord);
      await repo.saveStaff({ id: existing ?? undefined, name, departmentId, position, active }, author);
      if (existing === null) report.added++;
      else report.updated++;
    }
    // A file that marks the last 관리자 퇴직 is refused whole, like any other change that would.
    await requireAnAdmin(trx);
    return report;
  });
}
