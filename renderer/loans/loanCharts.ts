import type { LoanCountRow } from '../../shared/contract/loans';
import { yearMonth } from '../../shared/korean/reportFormat';
import type { Figure } from '../charts/figure';

/** 대여 건수 per month of the chosen period: the same monthly rows as the 월별 table and the card. */
export const loansPerMonth = (monthly: LoanCountRow[]): Figure => ({
  title: '월별 대여 건수',
  categoryHeading: '월',
  unit: '건',
  series: [{ key: 'loans', label: '대여 건수', color: 'blue.8' }],
  rows: monthly.map((m) => ({ category: yearMonth(`${m.period}-01`), values: { loans: m.loans } })),
});
