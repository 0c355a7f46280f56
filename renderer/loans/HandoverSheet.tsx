import { Fragment, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { borrowerRelations, ledgerColumns, loanPurposes, loanTime, wheelchairKinds, type LoanRow } from '../../shared/contract/loans';
import { fullDate } from '../../shared/korean/reportFormat';
import { useAppState } from '../app/SessionContext';
import { usePrint } from '../app/usePrint';
import './loanPrint.css';

/**
 * The ledger's thirteen columns do not fit across A4 with their words whole, so the row is printed in
 * two bands, each its headers over its values.
 */
const LEDGER_BANDS = [ledgerColumns.slice(0, 7), ledgerColumns.slice(7)];

export interface HandoverData {
  loan: LoanRow;
  /** Full name and phone: typed at the desk just now, or shown on purpose (and logged) for this print. */
  fullName: string | null;
  fullPhone: string | null;
}

/**
 * 휠체어 무상대여 사용 동의서: printed when the wheelchair is handed over, signed by the borrower (or
 * guardian) and the clerk, with the consent text and the ledger row. Hidden on screen; printing shows
 * only this sheet, then `onDone` removes it.
 */
export function HandoverSheet({ data, onDone }: { data: HandoverData; onDone: () => void }) {
  const { settings } = useAppState();
  const { loan } = data;

  useEffect(() => {
    document.body.classList.add('loan-sheet-printing');
    return () => document.body.classList.remove('loan-sheet-printing');
  }, []);
  usePrint(true, onDone);

  const office = [settings?.officeName, settings?.departmentName].filter(Boolean).join(' ');
  return createPortal(
    <div className="print-only loan-print-sheet" data-testid="handover-sheet">
      <h1 style={{ textAlign: 'center', fontSize: '18pt' }}>휠체어 무상대여 사용 동의서</h1>
      <table>
        <tbody>
          <tr>
            <th>휠체어</th>
            <td>
              {loan.assetNumber} ({wheelchairKinds[loan.wheelchairKind]})
            </td>
            <th>용도</th>
            <td>{loanPurposes[loan.purpose]}</td>
          </tr>
          <tr>
            <th>대여 일시</th>
            <td>{loanTime(loan.startedAt)}</td>
            <th>반납 예정일</th>
            <td>{fullDate(loan.dueDate)}</td>
          </tr>
          <tr>
            <th>대여자 성명</th>
            <td>
              {data.fullName || ''} ({borrowerRelations[loan.relation]})
            </td>
            <th>연락처</th>
            <td>{data.fullPhone || ''}</td>
          </tr>
          <tr>
            <th>신분증 확인</th>
            <td>{loan.idChecked ? '☑ 확인함' : '☐ 확인 안 함'}</td>
            <th>대여 직원</th>
            <td>{loan.lentByName ?? ''}</td>
          </tr>
        </tbody>
      </table>
      <h2 style={{ fontSize: '12pt', marginTop: '8mm' }}>개인정보 수집·이용 동의</h2>
      <p>
        수집 항목: 성명, 연락처 / 수집·이용 목적: 휠체어 대여 및 반납 안내 / 보유 기간: 반납 후 {settings?.retentionYears ?? 3}년(기간이 지나면 파기)
        <br />
        귀하는 동의를 거부할 권리가 있으며, 거부하는 경우 외부 대여가 제한될 수 있습니다. 신분증은 확인만 하며 번호는 기록하지 않습니다.
      </p>
      <p>위 개인정보 수집·이용에 &nbsp; ☐ 동의합니다 &nbsp;&nbsp; ☐ 동의하지 않습니다</p>
      <h2 style={{ fontSize: '12pt' }}>사용 약속</h2>
      <p>
        대여한 휠체어를 본래 용도로 사용하고, 반납 예정일까지 반납하겠습니다. 사용 중 파손되거나 잃어버린 경우 즉시 알리겠습니다.
      </p>
      <div className="signature">
        <div>대여자(보호자) 성명 {data.fullName || ''} &nbsp;&nbsp;&nbsp;&nbsp; (서명)</div>
        <div>담당 직원 {loan.lentByName ?? ''} &nbsp;&nbsp;&nbsp;&nbsp; (서명)</div>
      </div>
      <p style={{ textAlign: 'center', marginTop: '10mm' }}>
        {fullDate(loan.startedAt.slice(0, 10))} &nbsp; {office}
      </p>
      <h2 style={{ fontSize: '11pt', marginTop: '10mm' }}>이용 대장</h2>
      <table className="ledger" aria-label="이용 대장">
        <tbody>
          {LEDGER_BANDS.map((band) => (
            <Fragment key={band[0].header}>
              <tr>
                {band.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
              <tr>
                {band.map((c) => (
                  <td key={c.header}>{c.value(loan)}</td>
                ))}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
