import { Alert, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { kindnessMonthLabel, type KindnessBoard, type KindnessBoardEntry } from '../../shared/contract/kindness';
import { useChannel } from '../api/useChannel';
import { BoardRow } from './BoardRow';
import { MonthLockPanel } from './MonthLockPanel';
import { PickDialog } from './PickDialog';

/** The score formula in words, with today's weights, so nobody has to guess how a number came about. */
function ScoreFormula({ board }: { board: KindnessBoard }) {
  const { rules } = board;
  return (
    <Text size="sm" c="dimmed">
      점수 = 추천 점수(추천 1건마다 경로별 점수를 더함: {board.sources.map((s) => `${s.label} ${s.weight}점`).join(', ')}) + 심사 점수(항목별 가중치 × 평점 1~5:{' '}
      {board.criteria.map((c) => `${c.name} ×${c.weight}`).join(', ') || '사용 중인 항목 없음'}). 기준:{' '}
      {rules.recentMonths > 0 ? `최근 ${rules.recentMonths}개월 내 선정자는 다시 선정하지 않음` : '재선정 제한 없음'},{' '}
      {rules.maxPerDepartment > 0 ? `부서당 월 ${rules.maxPerDepartment}명까지` : '부서별 한도 없음'}. 기준에 맞지 않는 사람은
      &lsquo;기준 검토&rsquo;에 이유가 표시되며, 팀장이 규칙 예외로 확인하면 선정할 수 있습니다(이력과 발표 명단에 예외로 남음).
    </Text>
  );
}

/** 월간 심사표: every nominee of the month, highest score first; the team lead rates, picks and confirms here. */
export function BoardTab({ month }: { month: string }) {
  const { data: board, error } = useChannel('kindness.board', { month });
  const [picking, setPicking] = useState<KindnessBoardEntry | null>(null);

  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!board || board.month !== month) return <Text c="dimmed">불러오는 중…</Text>;
  const locked = board.state.confirmed;

  return (
    <Stack>
      <MonthLockPanel board={board} />
      <ScoreFormula board={board} />
      {board.entries.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{kindnessMonthLabel(month)} 심사분으로 접수된 추천이 없습니다. 추천 접수 탭에서 먼저 입력하세요. 추천이 없는 달도 확정하면 이력에 "선정 없음"으로 남습니다.</Text>
        </Paper>
      ) : (
        <ScrollArea>
          <Table aria-label="월간 심사표" verticalSpacing="sm" miw={1000} styles={{ th: { whiteSpace: 'nowrap' } }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>순위</Table.Th>
                <Table.Th>직원</Table.Th>
                <Table.Th>추천 내용</Table.Th>
                {board.criteria.map((c) => (
                  <Table.Th key={c.id}>
                    {c.name}
                    <Text size="xs" c="dimmed">
                      ×{c.weight}
                    </Text>
                  </Table.Th>
                ))}
                <Table.Th>점수</Table.Th>
                <Table.Th>기준 검토</Table.Th>
                <Table.Th>선정</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.entries.map((entry, i) => (
                <BoardRow key={entry.staffId} month={month} rank={i + 1} entry={entry} criteria={board.criteria} locked={locked} onPick={setPicking} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <PickDialog month={month} entry={picking} onClose={() => setPicking(null)} />
    </Stack>
  );
}
