import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BudgetSheet } from '../../shared/contract/pledge';
import { budgetTable } from '../../shared/pledge/budgetTable';
import { BUDGET_SOURCES, budgetSourceLabel, type BudgetAmount, type BudgetSource } from '../../shared/pledge/records';
import { useChannel } from '../api/useChannel';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { useContractForm } from '../forms/useContractForm';
import { BudgetTableView } from './CardTables';

const cellKey = (source: string, year: number | null) => `${source}:${year ?? '임기후'}`;
type Cells = Record<string, number | ''>;

/** 사업비 현황: amounts in 백만원 per source and term year (and 임기후); the totals are worked out, not typed. */
export function BudgetTab({ cardId }: { cardId: number }) {
  const sheet = useChannel('pledge.budget', { cardId });
  if (!sheet.data) return sheet.error ? <Alert color="red">{sheet.error.message}</Alert> : null;
  // A reloaded sheet (saved here or elsewhere) starts the form again from what is stored.
  return <BudgetForm key={JSON.stringify(sheet.data.amounts)} cardId={cardId} sheet={sheet.data} />;
}

function BudgetForm({ cardId, sheet }: { cardId: number; sheet: BudgetSheet }) {
  const columns: (number | null)[] = [...sheet.years, null];
  const amountsOf = (cells: Cells): BudgetAmount[] =>
    BUDGET_SOURCES.flatMap((source) => columns.map((year) => ({ source, year, amount: Number(cells[cellKey(source, year)] || 0) })));
  const form = useContractForm('pledge.saveBudget', {
    initialValues: { cells: Object.fromEntries(sheet.amounts.map((a) => [cellKey(a.source, a.year), a.amount])) as Cells },
    toInput: (v) => ({ cardId, amounts: amountsOf(v.cells).filter((a) => a.amount !== 0) }),
    // The contract numbers the amounts sent; the form names each box by its source and year.
    fieldOf: (field, v) => {
      const at = /^amounts\.(\d+)/.exec(field);
      const amount = at ? amountsOf(v.cells).filter((a) => a.amount !== 0)[Number(at[1])] : undefined;
      return amount ? `cells.${cellKey(amount.source, amount.year)}` : field;
    },
  });
  const amounts = amountsOf(form.values.cells);

  return (
    <ContractForm form={form} onSaved={() => notifications.show({ color: 'green', message: '사업비를 저장했습니다.' })}>
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
                      <CountInput
                        aria-label={`${budgetSourceLabel[source]} ${year === null ? '임기후' : `${year}년`}`}
                        thousandSeparator=","
                        hideControls
                        miw={80}
                        {...form.countProps(`cells.${cellKey(source, year)}`)}
                        value={form.values.cells[cellKey(source, year)] ?? ''}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed">
            아래 표는 입력한 금액으로 바로 계산됩니다. 저장해야 추진실적과 내보내기에 반영됩니다.
          </Text>
        </Group>
        <FormFooter submitLabel="사업비 저장" />
        <BudgetTableView table={budgetTable(amounts, sheet.years)} />
      </Stack>
    </ContractForm>
  );
}
