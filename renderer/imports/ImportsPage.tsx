import { Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { importAreaLabels } from '../../shared/contract/imports';
import { useChannel } from '../api/useChannel';
import { EarlierTotals } from './EarlierTotals';
import { ImportWizard } from './ImportWizard';

/** What each import brought in: file, sheet, rows, who and when. */
function ImportBatches() {
  const batches = useChannel('imports.batches', {});
  return (
    <Table aria-label="가져온 파일 목록" striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>가져온 때</Table.Th>
          <Table.Th>기록 종류</Table.Th>
          <Table.Th>파일</Table.Th>
          <Table.Th>시트</Table.Th>
          <Table.Th>가져온 줄</Table.Th>
          <Table.Th>건너뛴 줄</Table.Th>
          <Table.Th>가져온 사람</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(batches.data ?? []).length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={7}>
              <Text size="sm" c="dimmed">
                아직 가져온 파일이 없습니다.
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {(batches.data ?? []).map((b) => (
          <Table.Tr key={b.id}>
            <Table.Td>{new Date(b.createdAt).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' })}</Table.Td>
            <Table.Td>{importAreaLabels[b.area]}</Table.Td>
            <Table.Td>{b.fileName}</Table.Td>
            <Table.Td>{b.sheet}</Table.Td>
            <Table.Td>{b.rowsAdded}</Table.Td>
            <Table.Td>{b.rowsSkipped}</Table.Td>
            <Table.Td>{b.createdByName ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 가져오기: the office's old Excel ledgers (the wizard), the totals of its paper reports (이전 집계), and what came in. */
export function ImportsPage() {
  return (
    <Stack>
      <Title order={2}>가져오기</Title>
      <Tabs defaultValue="wizard" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="wizard">엑셀 가져오기</Tabs.Tab>
          <Tabs.Tab value="totals">이전 집계</Tabs.Tab>
          <Tabs.Tab value="batches">가져온 파일</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="wizard" pt="md">
          <ImportWizard />
        </Tabs.Panel>
        <Tabs.Panel value="totals" pt="md">
          <EarlierTotals />
        </Tabs.Panel>
        <Tabs.Panel value="batches" pt="md">
          <ImportBatches />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
