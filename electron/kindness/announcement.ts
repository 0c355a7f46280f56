import { kindnessExceptionNote, kindnessMonthLabel, type KindnessAnnouncement } from '../../shared/contract/kindness';
import type { ExportFile } from '../../shared/exportFile';
import { UserFacingError } from '../../shared/result';
import { buildXlsx } from '../export/xlsx';
import type { SettingsService } from '../settings/settingsService';
import type { KindnessRepos } from './kindnessRepos';

type Row = KindnessAnnouncement['rows'][number];

/** The month's picks as the internal approval document lists them. */
export async function kindnessAnnouncement(repos: KindnessRepos, month: string): Promise<KindnessAnnouncement> {
  const picks = await repos.picks.byMonth(month);
  return {
    month,
    title: `${kindnessMonthLabel(month)} 친절 으뜸이 선정 명단`,
    confirmed: await repos.picks.isConfirmed(month),
    rows: picks.map((p) => ({
      month: kindnessMonthLabel(month),
      departmentName: p.department_name,
      position: p.position,
      name: p.name,
      reason: p.reason,
      exception: p.rule_exception,
    })),
  };
}

/** Only a confirmed month is announced: until then the picks may still change. */
export async function exportKindnessAnnouncement(list: KindnessAnnouncement, settings: SettingsService): Promise<ExportFile> {
  const { month } = list;
  if (!list.confirmed) {
    throw new UserFacingError('conflict', `${kindnessMonthLabel(month)}은 아직 확정되지 않았습니다. 월간 심사표에서 확정한 뒤 내려받으세요.`);
  }
  const { officeName, departmentName, teamName } = await settings.current();
  const office = [officeName, departmentName, teamName].filter(Boolean).join(' ');
  const title = [list.title, ...(office ? [office] : []), ...(list.rows.length === 0 ? ['이 달은 선정 없음'] : [])];
  return buildXlsx(`친절으뜸이_선정명단_${month}.xlsx`, [
    {
      name: '발표 명단',
      title,
      columns: [
        { header: '선정 월', width: 12, value: (r: Row) => r.month },
        { header: '부서', width: 18, value: (r: Row) => r.departmentName },
        { header: '직위', width: 12, value: (r: Row) => r.position },
        { header: '성명', width: 10, value: (r: Row) => r.name },
        { header: '선정 사유', width: 60, value: (r: Row) => r.reason },
        { header: '비고', width: 40, value: (r: Row) => kindnessExceptionNote(r.exception) || null },
      ],
      rows: list.rows,
    },
  ]);
}
