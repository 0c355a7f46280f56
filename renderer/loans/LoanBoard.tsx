import { Badge, Button, Group, Kbd, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { loanStateLabel, loanTime, wheelchairKinds, type LoanBoard as Board, type LoanRow } from '../../shared/contract/loans';
import { call } from '../api/client';
import { StatTile } from '../app/StatTile';
import { dateWithWeekday } from '../../shared/korean/deskClock';
import { openLoanQuickEntry } from '../app/deskEntryRequests';
import { useOpenLoanSearch } from './useOpenLoanSearch';

const shownText = (l: LoanRow) => `${l.assetNumber} ${l.borrowerName ?? ''} ${l.borrowerPhone ?? ''}`;

/** 오늘 현황: what is out (overdue first, highlighted), what is free, what is in repair. */
export function LoanBoard({ board, onPrint }: { board: Board | null; onPrint: (loan: LoanRow) => void }) {
  // To extend (or return) one loan among many: the same search as the return form's.
  const [search, setSearch] = useState('');
  const { loans: shown, searching } = useOpenLoanSearch(board?.open ?? [], search, shownText);

  const extend = async (loan: LoanRow) => {
    const result = await call('loans.extend', { loanId: loan.id });
    notifications.show(
      result.ok
        ? { color: 'green', message: `${loan.assetNumber} 반납 예정일을 ${dateWithWeekday(result.value.dueDate)}로 연장했습니다.` }
        : { color: 'red', message: result.error.message },
    );
  };

  if (!board) return null;

  return (
    <Stack>
      <Group>
        <Button onClick={() => openLoanQuickEntry({ mode: 'lend' })} rightSection={<Kbd size="xs">F2</Kbd>}>
          대여
        </Button>
        <Button variant="light" onClick={() => openLoanQuickEntry({ mode: 'return' })} rightSection={<Kbd size="xs">F4</Kbd>}>
          반납
        </Button>
        <Text size="sm" c="dimmed">
          {dateWithWeekday(board.today)} · 어느 화면에서든 F2 대여, F4 반납
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <StatTile p="sm" label="대여 중" value={`${board.open.length}대`} />
        <StatTile p="sm" label="연체" value={`${board.overdueCount}건`} color={board.overdueCount > 0 ? 'red.8' : undefined} />
        <StatTile p="sm" label="대여 가능" value={`${board.free.length}대`} color="green.8" />
        <StatTile p="sm" label="오늘 대여" value={`${board.lentToday}건`} />
        <StatTile p="sm" label="오늘 반납" value={`${board.returnedToday}건`} />
      </SimpleGrid>

      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          대여 중
        </Title>
        {board.open.length > 0 && (
          <TextInput
            label="대여 중 찾기"
            placeholder="이름, 초성, 연락처 끝자리, 자산번호"
            w={300}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        )}
      </Group>
      {board.open.length === 0 ? (
        <Text c="dimmed">대여 중인 휠체어가 없습니다.</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{searching ? '찾는 중…' : `'${search.trim()}'(으)로 찾은 대여가 없습니다.`}</Text>
      ) : (
        <Table aria-label="대여 중 목록" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>휠체어</Table.Th>
              <Table.Th>대여자</Table.Th>
              <Table.Th>연락처</Table.Th>
              <Table.Th>대여 일시</Table.Th>
              <Table.Th>반납 예정일</Table.Th>
              <Table.Th>상태</Table.Th>
              <Table.Th>작업</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((l) => (
              <Table.Tr key={l.id} bg={l.state === 'overdue' ? 'var(--mantine-color-red-0)' : undefined}>
                <Table.Td fw={600}>
                  {l.assetNumber} <Text span size="xs" c="dimmed">{wheelchairKinds[l.wheelchairKind]}</Text>
                </Table.Td>
                <Table.Td>{l.borrowerName ?? '-'}</Table.Td>
                <Table.Td>{l.borrowerPhone ?? '-'}</Table.Td>
                <Table.Td>{loanTime(l.startedAt)}</Table.Td>
                <Table.Td>
                  {dateWithWeekday(l.dueDate)}
                  {l.extended && <Badge ml={4} size="xs" variant="light">연장</Badge>}
                </Table.Td>
                <Table.Td>
                  <Badge color={l.state === 'overdue' ? 'red' : 'blue'} variant={l.state === 'overdue' ? 'filled' : 'light'}>
                    {loanStateLabel(l)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" onClick={() => openLoanQuickEntry({ mode: 'return', loanId: l.id })} aria-label={`${l.assetNumber} 반납`}>
                      반납
                    </Button>
                    <Button size="xs" variant="default" disabled={l.extended} onClick={() => void extend(l)} aria-label={`${l.assetNumber} 연장`}>
                      연장
                    </Button>
                    <Button size="xs" variant="subtle" onClick={() => onPrint(l)} aria-label={`${l.assetNumber} 사용 동의서 인쇄`}>
                      동의서
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            대여 가능 ({board.free.length}대)
          </Title>
          {board.free.length === 0 ? (
            <Text c="dimmed">대여 가능한 휠체어가 없습니다. 휠체어 관리에서 등록하거나 반납을 기록하세요.</Text>
          ) : (
            <Group gap="xs" aria-label="대여 가능 휠체어" role="group">
              {board.free.map((w) => (
                <Button key={w.id} size="xs" variant="light" color="green" onClick={() => openLoanQuickEntry({ mode: 'lend', wheelchairId: w.id })}>
                  {w.assetNumber} {wheelchairKinds[w.kind]}
                </Button>
              ))}
            </Group>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            수리 중 ({board.inRepair.length}대)
          </Title>
          <Text c={board.inRepair.length ? undefined : 'dimmed'}>
            {board.inRepair.map((w) => `${w.assetNumber} ${wheelchairKinds[w.kind]}`).join(', ') || '없음'}
          </Text>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
