import type { TrainingCoverage } from '../../shared/contract/trainings';
import type { Figure } from '../charts/figure';

/** 이수 인원 per department for the year and kind chosen: the same rows as the 부서별 이수 현황 table. */
export const coverageByDepartment = (coverage: TrainingCoverage, kindLabel: string): Figure => ({
  title: `${coverage.year}년 ${kindLabel} 부서별 이수 인원`,
  categoryHeading: '부서',
  unit: '명',
  series: [{ key: 'people', label: '이수 인원', color: 'blue.8' }],
  rows: coverage.departments.map((d) => ({ category: d.departmentName, values: { people: d.people } })),
});
