import ExcelJS from 'exceljs';
import { addDays } from '../../../shared/dateRange';
import { random } from './random';

const WHEELCHAIRS = 20;
/** Days each loan of a wheelchair has to itself: out one to three of them, then back at the desk. */
const SLOT_DAYS = 4;
const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const GIVEN = ['민수', '영희', '철수', '순자', '대호', '미경', '지훈', '수빈', '현우', '서연'];
const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

/**
 * An office's wheelchair ledger of `rows` loans, as the staff kept it over the years before the app: 20
 * wheelchairs lent in turn (never two loans of one at once), the days typed three ways (`2023.3.6.`,
 * `2023-03-06 14:30`, an Excel serial), names and phones with consent marked, a title row above the
 * header and a few rows nobody could save (no wheelchair, a 13th month). The last loan is a month
 * before `today`. Written with exceljs's streaming writer to `file`.
 */
export async function writeLoanLedger(file: string, rows: number, today: string): Promise<{ bad: number }> {
  const next = random(14);
  const perWheelchair = Math.ceil(rows / WHEELCHAIRS);
  const first = addDays(today, -(perWheelchair * SLOT_DAYS + 30));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: true });
  const sheet = book.addWorksheet('대여대장');
  sheet.addRow(['휠체어 무료 대여 대장 (가상구 민원여권과)']).commit();
  sheet.addRow(['연번', '휠체어 번호', '대여일자', '반납일자', '성명', '연락처', '개인정보 동의', '비고']).commit();
  let bad = 0;
  for (let i = 0; i < rows; i++) {
    const wheelchair = i % WHEELCHAIRS;
    const start = addDays(first, Math.floor(i / WHEELCHAIRS) * SLOT_DAYS);
    const back = addDays(start, 1 + Math.floor(next() * 3));
    const hour = String(9 + Math.floor(next() * 8)).padStart(2, '0');
    const started = i % 3 === 0 ? start.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1.$2.$3.') : i % 3 === 1 ? `${start} ${hour}:30` : serial(start);
    const name = `${FAMILY[Math.floor(next() * FAMILY.length)]}${GIVEN[Math.floor(next() * GIVEN.length)]}`;
    const phone = `010-${String(1000 + Math.floor(next() * 9000))}-${String(1000 + Math.floor(next() * 9000))}`;
    let asset = `W-${String(wheelchair + 1).padStart(2, '0')}`;
    let startCell: string | number = started;
    if (i % 2000 === 1999) {
      bad++;
      if (bad % 2) asset = '';
      else startCell = `${start.slice(0, 4)}-13-01`;
    }
    sheet.addRow([i + 1, asset, startCell, back, name, phone, next() < 0.8 ? 'O' : 'X', '']).commit();
  }
  sheet.commit();
  await book.commit();
  return { bad };
}
