import { Alert, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LoanCountRow } from '../../shared/contract/loans';
import { period, yearMonth } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';
import { deskNow } from '../../shared/korean/deskClock';
import { FigureChart } from '../charts/FigureChart';
import { DateField } from '../forms/DateField';
import { loansPerMonth } from './loanCharts';

/** 통계: loans and distinct borrowers per month and per year, the figures the performance report uses. */
export function LoanStats() {
  const today = deskNow().date;
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const { data, error } = useChannel('loans.figures', { from, to });

  return (
    <Stack>
      <Group align="flex-end">
        <DateField label="통계 시작일" value={from} onChange={setFrom} error={error?.field === 'from' ? error.message : undefined} />
        <DateField label="통계 종료일" value={to} onChange={setTo} error={error?.field === 'to' ? error.message : undefined} />
        <Text size="sm" c="dimmed">
          대여자 수는 같은 연락처(없으면 같은 성명)를 한 사람으로 셉니다.
        </Text>
      </Group>
      {error && !error.field && <Alert color="red">{error.message}</Alert>}
      {data && (
        <>
          <Title order={3} size="h5">
            연도별 {period(from, to)}
          </Title>
          <LoanCountTable label="연도별 대여 실적" periodHeading="연도" rows={data.yearly} periodLabel={(year) => `${year}년`} />
          <FigureChart kind="bar" figure={loansPerMonth(data.monthly)} note="대여를 시작한 달에 셉니다. 아래 월별 표와 같은 수입니다." />
          <Title order={3} size="h5">
            월별
          </Title>
          <LoanCountTable label="월별 대여 실적" periodHeading="월" rows={data.monthly} periodLabel={(month) => yearMonth(`${month}-01`)} striped />
        </>
      )}
    </Stack>
  );
}

interface CountTableProps {
  label: string;
  periodHeading: string;
  rows: LoanCountRow[];
  periodLabel: (period: string) => string;
  striped?: boolean;
}

/** 대여 건수 and 대여자 수, one row a year or a month. */
function LoanCountTable({ label, periodHeading, rows, periodLabel, striped }: CountTableProps) {
  return (
    <Table aria-label={label} withTableBorder striped={striped} maw={480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{periodHeading}</Table.Th>
          <Table.Th ta="right">대여 건수</Table.Th>
          <Table.Th ta="right">대여자 수</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.period}>
            <Table.Td>{periodLabel(r.period)}</Table.Td>
            <Table.Td ta="right">{r.loans.toLocaleString('ko-KR')}건</Table.Td>
            <Table.Td ta="right">{r.borrowers.toLocaleString('ko-KR')}명</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
