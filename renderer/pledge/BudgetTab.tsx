import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { budgetTable } from '../../shared/pledge/budgetTable';
import { BUDGET_SOURCES, budgetSourceLabel, type BudgetAmount, type BudgetSource } from '../../shared/pledge/records';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { SubmitForm } from '../app/SubmitForm';
import { BudgetTableView } from './CardTables';

const cellKey = (source: string, year: number | null) => `${source}:${year ?? '임기후'}`;

/** 사업비 현황: amounts in 백만원 per source and term year (and 임기후); the totals are worked out, not typed. */
export function BudgetTab({ cardId }: { cardId: number }) {
  const sheet = useChannel('pledge.budget', { cardId });
  const [cells, setCells] = useState<Record<string, number | string>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (sheet.data) setCells(Object.fromEntries(sheet.data.amounts.map((a) => [cellKey(a.source, a.year), a.amount])));
  }, [sheet.data]);

  if (!sheet.data) return sheet.error ? <Alert color="red">{sheet.error.message}</Alert> : null;
  const columns: (number | null)[] = [...sheet.data.years, null];
  const amounts: BudgetAmount[] = BUDGET_SOURCES.flatMap((source) =>
    columns.map((year) => ({ source, year, amount: Number(cells[cellKey(source, year)] || 0) })),
  );

  const save = async () => {
    const result = await call('pledge.saveBudget', { cardId, amounts: amounts.filter((a) => a.amount !== 0) });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    notifications.show({ color: 'green', message: '사업비를 저장했습니다.' });
  };

  return (
    <SubmitForm onSubmit={save}>
      <Stack>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            계획 금액 (단위: 백만원)
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            연도는 공약 카드의 시장 임기에서 나옵니다. 임기 뒤의 금액은 임기후 칸에 입력하세요.
          </Text>
          <Table aria-label="사업비 입력">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>재원</Table.Th>
                {columns.map((y) => (
                  <Table.Th key={String(y)}>{y === null ? '임기후' : `${y}년`}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {BUDGET_SOURCES.map((source: BudgetSource) => (
                <Table.Tr key={source}>
                  <Table.Td>{budgetSourceLabel[source]}</Table.Td>
                  {columns.map((year) => (
                    <Table.Td key={String(year)}>
                      <NumberInput
                        aria-label={`${budgetSourceLabel[source]} ${year === null ? '임기후' : `${year}년`}`}
                        min={0}
                        max={10_000_000}
                        allowDecimal={false}
                        thousandSeparator=","
                        hideControls
                        value={cells[cellKey(source, year)] ?? ''}
                        onChange={(v) => setCells({ ...cells, [cellKey(source, year)]: v })}
                        miw={80}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            아래 표는 입력한 금액으로 바로 계산됩니다. 저장해야 추진실적과 내보내기에 반영됩니다.
          </Text>
          <Button type="submit">사업비 저장</Button>
        </Group>
        <BudgetTableView table={budgetTable(amounts, sheet.data.years)} />
      </Stack>
    </SubmitForm>
  );
}
