import { containsResidentNumber } from '../../../shared/korean/personalDataPatterns';
import { personalDataExpired } from '../../loans/loanPersonalData';
import { getChoseong } from 'es-hangul';
import { loanDueDate, type LoanPurpose } from '../../../shared/contract/loans';
import { maskName, maskPhone } from '../../../shared/korean/mask';
import type { Db } from '../../db/schema';
import { loanRepository } from '../../loans/loanRepository';
import { wheelchairRepository } from '../../loans/wheelchairRepository';
import { readOk, readProblem, refuse, RowProblems, type AreaImport, type ImportContext, type ReadRow } from '../areaImport';
import { cellText, readDate, readTime, readYesNo } from '../cellValues';
import { coveredMessage, earlierTotalPeriods } from '../earlierTotalRule';
import { staffNames } from '../staffNames';

interface LoanData {
  assetNumber: string;
  startedAt: string;
  dueDate: string;
  returnedAt: string | null;
  name: string | null;
  phone: string | null;
  consentAt: string | null;
  purpose: LoanPurpose;
  lentBy: number;
  note: string;
}

/** A ledger without times: a loan is taken as lent, and returned, when the hall opens. */
const NO_TIME = '09:00';
const IN_HALL = ['민원실', '민원실내', '실내', '관내', '청사내', '내부', '민원실이용', '청사'];
const OUTSIDE = ['외부', '외부대여', '관외', '외출', '자택', '귀가', '외부이용'];
const assetKey = (s: string) => s.normalize('NFC').replace(/\s/g, '').toUpperCase();
const shown = (at: string | null) => at ?? '';

/** The moment consent was given, as the app writes consent_at (UTC ISO): the loan's own start, at the desk (UTC+9). */
const consentMoment = (startedAt: string) => new Date(`${startedAt.replace(' ', 'T')}:00+09:00`).toISOString();

/**
 * 휠체어 대여 대장: 자산번호, 대여일(시각), 반납예정일, 반납일 or 반납여부, 대여자, 연락처, 개인정보동의, 대여구분, 담당자.
 * A name or phone is kept only with consent marked, and not at all when the loan came back before the
 * retention period (loanPersonalData.ts): as if the purge had already run. A wheelchair the ledger names
 * but the app does not have is registered. A loan overlapping another of the same wheelchair is refused.
 */
export const loanImport: AreaImport<LoanData, Awaited<ReturnType<typeof load>>> = {
  area: 'loans',
  load,
  read(cells, _row, loaded, { today, author }) {
    const p = new RowProblems();
    const notes: string[] = [];
    const assetNumber = cellText(cells.assetNumber);
    const start = p.take(readDate(cells.startDate, today));
    const startTime = p.take(readTime(cells.startTime));
    const due = p.take(readDate(cells.dueDate, today));
    const back = p.take(readDate(cells.returnDate, today));
    const returned = p.take(readYesNo(cells.returned, '반납여부'));
    const consent = p.take(readYesNo(cells.consent, '개인정보 동의'));
    const rawName = cellText(cells.borrowerName);
    const rawPhone = cellText(cells.borrowerPhone);
    const purposeWord = cellText(cells.purpose).replace(/\s/g, '');
    const staffName = cellText(cells.staff);
    const note = cellText(cells.note);
    const values: Record<string, string> = {
      assetNumber,
      startDate: start ? `${start.date} ${startTime ?? start.time ?? NO_TIME}` : cellText(cells.startDate),
      dueDate: due ? due.date : cellText(cells.dueDate),
      returnDate: back ? `${back.date} ${back.time ?? NO_TIME}` : cellText(cells.returnDate),
      returned: returned === null ? '' : returned ? '반납' : '미반납',
      borrowerName: rawName ? maskName(rawName) : '',
      borrowerPhone: rawPhone ? maskPhone(rawPhone.replace(/\D/g, '')) : '',
      consent: consent === null ? '' : consent ? '동의' : '미동의',
      purpose: cellText(cells.purpose),
      staff: staffName,
      note,
    };
    if (!assetNumber) p.note('자산번호가 비어 있습니다.');
    else if (assetNumber.length > 30) p.note('자산번호는 30자 이내여야 합니다.');
    if (start === null) p.note('대여일이 비어 있습니다.');
    if ([rawName, rawPhone, note].some(containsResidentNumber)) p.note('주민등록번호는 가져오지 않습니다. 그 칸을 지우고 다시 읽어 주세요.');
    const purpose: LoanPurpose | null = !purposeWord || OUTSIDE.includes(purposeWord) ? 'outside' : IN_HALL.includes(purposeWord) ? 'in_hall' : null;
    if (purpose === null) p.note(`대여구분을 알아볼 수 없습니다: '${cellText(cells.purpose)}'. 외부 또는 민원실 내로 적어 주세요.`);
    const phone = rawPhone.replace(/[-\s.()]/g, '');
    if (phone && !/^\d{9,11}$/.test(phone)) p.note(`연락처를 알아볼 수 없습니다: '${rawPhone}'. 숫자 9~11자리로 적어 주세요.`);
    if (rawName.length > 50) p.note('대여자 성명은 50자 이내여야 합니다.');
    if (note.length > 500) p.note('비고는 500자 이내여야 합니다.');
    if (p.first || !start || !purpose) return readProblem(p.first ?? '대여일이 비어 있습니다.', values);

    const startedAt = `${start.date} ${startTime ?? start.time ?? NO_TIME}`;
    if (start.date > today) return readProblem('대여일이 아직 오지 않은 날짜입니다.', values);
    const dueDate = due?.date ?? loanDueDate(start.date, purpose, loaded.loanDays);
    if (dueDate < start.date) return readProblem('반납예정일이 대여일보다 빠릅니다.', values);
    if (returned === false && back) return readProblem('반납여부는 미반납인데 반납일이 적혀 있습니다.', values);
    let returnedAt: string | null = null;
    if (back) returnedAt = `${back.date} ${back.time ?? NO_TIME}`;
    else if (returned) {
      const day = due && due.date <= today ? due.date : start.date;
      returnedAt = `${day} ${day === start.date ? startedAt.slice(11) : NO_TIME}`;
      notes.push(`반납일이 없어 ${day === start.date ? '대여일' : '반납예정일'}(${day})에 반납된 것으로 기록합니다.`);
    } else notes.push('반납 기록이 없어 아직 대여 중인 것으로 기록합니다.');
    if (returnedAt && returnedAt < startedAt) return readProblem('반납일이 대여일보다 빠릅니다.', values);
    if (returnedAt && returnedAt.slice(0, 10) > today) return readProblem('반납일이 아직 오지 않은 날짜입니다.', values);

    // Personal data: only with consent, and never past the retention period.
    let name: string | null = rawName || null;
    let phoneKept: string | null = phone || null;
    let noteKept = note;
    if (personalDataExpired(returnedAt, today, loaded.retentionYears)) {
      if (name || phoneKept || noteKept) notes.push(`보유기간(${loaded.retentionYears}년)이 지난 대여라 성명·연락처·비고 없이 가져옵니다.`);
      name = phoneKept = null;
      noteKept = '';
    } else if ((name || phoneKept) && consent !== true) {
      notes.push('개인정보 동의 표시가 없어 성명·연락처는 저장하지 않습니다.');
      name = phoneKept = null;
    }
    if (!returnedAt && purpose === 'outside' && (!name || !phoneKept)) {
      return readProblem('반납되지 않은 외부 대여는 대여자 성명과 연락처(개인정보 동의)가 있어야 합니다.', values);
    }
    let lentBy = author.staffId!;
    if (staffName) {
      const found = loaded.staff.find(staffName);
      if (found && found !== 'ambiguous') lentBy = found.staffId;
      else notes.push(`담당자 '${staffName}'을(를) 직원 명단에서 찾지 못해 가져오는 사람으로 기록합니다.`);
    }
    if (!loaded.wheelchairs.has(assetKey(assetNumber))) notes.push(`'${assetNumber}' 휠체어를 새로 등록합니다.`);
    const data: LoanData = { assetNumber, startedAt, dueDate, returnedAt, name, phone: phoneKept, consentAt: name || phoneKept ? consentMoment(startedAt) : null, purpose, lentBy, note: noteKept };
    return readOk(data, values, [assetKey(assetNumber), startedAt, shown(returnedAt), rawName, phone].join('|'), notes);
  },

  async check(rows, loaded) {
    // A wheelchair is out to one person at a time: the ledger's loans and the app's own, by time.
    type Span = { start: string; end: string | null; row: ReadRow<LoanData> | null };
    const byWheelchair = new Map<string, Span[]>();
    for (const r of rows) {
      const k = assetKey(r.data!.assetNumber);
      const existing = loaded.wheelchairs.get(k);
      if (existing && !r.data!.returnedAt && (existing.status === 'repair' || existing.status === 'retired')) {
        refuse(r, `'${existing.assetNumber}' 휠체어는 ${existing.status === 'repair' ? '수리 중' : '폐기'}이라 반납되지 않은 대여를 넣을 수 없습니다.`);
        continue;
      }
      const covered = loaded.covered(r.data!.startedAt);
      if (covered) {
        refuse(r, coveredMessage(covered));
        continue;
      }
      const list = byWheelchair.get(k) ?? [];
      list.push({ start: r.data!.startedAt, end: r.data!.returnedAt, row: r });
      byWheelchair.set(k, list);
    }
    for (const [k, spans] of byWheelchair) {
      const known = loaded.wheelchairs.get(k);
      const all = [...(known ? (loaded.loansOf.get(known.id) ?? []).map((l) => ({ ...l, row: null })) : []), ...spans].sort(
        (a, b) => a.start.localeCompare(b.start) || Number(a.row !== null) - Number(b.row !== null),
      );
      let holder: Span | null = null;
      for (const s of all) {
        const busy = holder && (holder.end === null || s.start < holder.end);
        if (!busy) {
          holder = s;
          continue;
        }
        if (!s.row && !holder!.row) {
          // Two of the app's own loans: not this import's to judge; the later-ending one holds the wheelchair.
          if (holder!.end !== null && (s.end === null || s.end > holder!.end)) holder = s;
          continue;
        }
        const blamed = s.row ?? holder!.row!;
        const other = s.row ? holder! : s;
        refuse(blamed, `'${blamed.data!.assetNumber}' 휠체어가 같은 때에 두 번 대여되었습니다(${other.row ? `${other.row.row}행과` : `이미 있는 ${other.start.slice(0, 10)} 대여와`} 겹침).`);
        if (!s.row) holder = s;
      }
    }
  },

  async save(db, rows, loaded, { author }, notes) {
    const loans = loanRepository(db);
    const wheelchairs = wheelchairRepository(db);
    const ids = new Map<string, number>([...loaded.wheelchairs].map(([k, w]) => [k, w.id]));
    let registered = 0;
    for (const r of rows) {
      const k = assetKey(r.data!.assetNumber);
      if (ids.has(k)) continue;
      ids.set(k, (await wheelchairs.save({ assetNumber: r.data!.assetNumber, kind: 'manual', note: '가져오기로 등록' }, author)).id);
      registered++;
    }
    const borrowerNo = await loans.borrowerNumbering();
    const loanIds = await loans.insertMany(
      rows.map(({ data: d }) => ({
        wheelchairId: ids.get(assetKey(d!.assetNumber))!,
        borrowerName: d!.name,
        borrowerPhone: d!.phone,
        nameChoseong: d!.name ? getChoseong(d!.name).replace(/\s/g, '') : null,
        relation: 'self' as const,
        borrowerNo: borrowerNo(d!.name, d!.phone),
        consentAt: d!.consentAt,
        idChecked: false,
        purpose: d!.purpose,
        startedAt: d!.startedAt,
        dueDate: d!.dueDate,
        lentBy: d!.lentBy,
        note: d!.note,
        returned: d!.returnedAt ? { returnedAt: d!.returnedAt, condition: 'good' as const, note: '', receivedBy: d!.lentBy } : undefined,
      })),
      author,
    );
    // A loan the ledger has still out puts its wheelchair on loan, as a loan at the desk does.
    for (const [i, r] of rows.entries()) {
      if (r.data!.returnedAt) continue;
      const wheelchairId = ids.get(assetKey(r.data!.assetNumber))!;
      await wheelchairs.changeStatus((await wheelchairs.require(wheelchairId))!, 'on_loan', '대여(가져옴)', loanIds[i], author);
    }
    if (registered) notes.push(`휠체어 ${registered}대를 새로 등록했습니다.`);
    return loanIds.map((recordId) => ({ recordTable: 'loan', recordId }));
  },
};

async function load(db: Db, ctx: ImportContext) {
  const settings = ctx.settings;
  const [wheelchairRows, loanRows, staff, covered] = await Promise.all([
    db.selectFrom('wheelchair').select(['id', 'asset_number', 'status']).execute(),
    db.selectFrom('loan').select(['wheelchair_id', 'started_at', 'returned_at']).execute(),
    staffNames(db),
    earlierTotalPeriods(db, 'loans'),
  ]);
  const loansOf = new Map<number, { start: string; end: string | null }[]>();
  for (const l of loanRows) {
    const list = loansOf.get(l.wheelchair_id) ?? [];
    list.push({ start: l.started_at, end: l.returned_at });
    loansOf.set(l.wheelchair_id, list);
  }
  return {
    wheelchairs: new Map(wheelchairRows.map((w) => [assetKey(w.asset_number), { id: w.id, assetNumber: w.asset_number, status: w.status }])),
    loansOf,
    loanDays: settings.defaultLoanDays,
    retentionYears: settings.retentionYears,
    staff,
    covered,
  };
}
