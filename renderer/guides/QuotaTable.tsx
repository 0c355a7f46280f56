import { Progress, Stack, Table, Text } from '@mantine/core';
import { helperKindLabel, HOUR_RULE_TEXT, type HelperMonthTotal } from '../../shared/contract/guides';
import { hoursText, quotaText } from './guideFormat';

/** Planned and done days and hours per helper, against each one's monthly quota. */
export function QuotaTable({ totals, label }: { totals: HelperMonthTotal[]; label: string }) {
  if (totals.length === 0) return <Text c="dimmed">이 달에 활동하는 도우미가 없습니다.</Text>;
  return (
    <Stack gap={4}>
      <Table striped aria-label={label} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>이름</Table.Th>
            <Table.Th>구분</Table.Th>
            <Table.Th>월 기준</Table.Th>
            <Table.Th>계획</Table.Th>
            <Table.Th>완료</Table.Th>
            <Table.Th>결근</Table.Th>
            <Table.Th w={140}>기준 대비 완료</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {totals.map((t) => {
            const quotaMinutes = t.quotaDaysPerMonth !== null && t.quotaHoursPerDay !== null ? t.quotaDaysPerMonth * t.quotaHoursPerDay * 60 : null;
            const percent = quotaMinutes ? Math.min(100, Math.round((t.doneMinutes / quotaMinutes) * 100)) : null;
            return (
              <Table.Tr key={t.helperId}>
                <Table.Td>{t.name}</Table.Td>
                <Table.Td>{helperKindLabel[t.kind]}</Table.Td>
                <Table.Td>{quotaText(t)}</Table.Td>
                <Table.Td>
                  {t.plannedDays}일 · {hoursText(t.plannedMinutes)}
                  {t.quotaDaysPerMonth !== null && t.plannedDays !== t.quotaDaysPerMonth && (
                    <Text span size="xs" c="red.9" ml={6}>
                      (기준보다 {Math.abs(t.plannedDays - t.quotaDaysPerMonth)}일 {t.plannedDays > t.quotaDaysPerMonth ? '많음' : '적음'})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {t.doneDays}일 · {hoursText(t.doneMinutes)}
                </Table.Td>
                <Table.Td>{t.absences > 0 ? `${t.absences}회` : '-'}</Table.Td>
                <Table.Td>
                  {percent === null ? (
                    <Text size="sm" c="dimmed">
                      기준 없음
                    </Text>
                  ) : (
                    <Progress value={percent} aria-label={`${t.name} 기준 대비 ${percent}%`} color={percent >= 100 ? 'green' : 'blue'} />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {HOUR_RULE_TEXT}
      </Text>
    </Stack>
  );
}
