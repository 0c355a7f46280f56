import { Badge, Button, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { kindnessExceptionNote, type KindnessBoardEntry, type KindnessCriterion } from '../../shared/contract/kindness';
import { monthDay } from '../../shared/korean/reportFormat';
import { call } from '../api/client';

interface Props {
  month: string;
  rank: number;
  entry: KindnessBoardEntry;
  criteria: KindnessCriterion[];
  locked: boolean;
  onPick: (entry: KindnessBoardEntry) => void;
}

const ratingOptions = ['1', '2', '3', '4', '5'];

/** One nominee on the board: evidence, the team lead's ratings, the score and what the rules say. */
export function BoardRow({ month, rank, entry, criteria, locked, onPick }: Props) {
  const ratingOf = (criterionId: number) => entry.ratings.find((r) => r.criterionId === criterionId)?.rating ?? null;

  const rate = async (criterionId: number, value: string | null) => {
    const result = await call('kindness.rate', { month, staffId: entry.staffId, ratings: [{ criterionId, rating: value ? Number(value) : null }] });
    if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
  };

  const unpick = async () => {
    const result = await call('kindness.unpick', { month, staffId: entry.staffId });
    if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
  };

  return (
    <Table.Tr aria-label={`${entry.name} 심사`} bg={entry.pick ? 'var(--mantine-color-green-0)' : undefined}>
      <Table.Td>{rank}</Table.Td>
      <Table.Td>
        <Text fw={700}>{entry.name}</Text>
        <Text size="xs" c="dimmed">
          {entry.departmentName}
          {entry.position && ` · ${entry.position}`}
        </Text>
      </Table.Td>
      <Table.Td>
        <List size="sm" spacing={2}>
          {entry.nominations.map((n) => (
            <List.Item key={n.id}>
              <Text span fw={600} size="sm">
                {n.sourceLabel}
              </Text>{' '}
              {n.evidence}{' '}
              <Text span size="xs" c="dimmed">
                ({monthDay(n.receivedOn)} 접수, 입력 {n.enteredByName})
              </Text>
            </List.Item>
          ))}
        </List>
      </Table.Td>
      {criteria.map((c) => (
        <Table.Td key={c.id}>
          <Select
            aria-label={`${entry.name} ${c.name} 평점`}
            data={ratingOptions}
            value={ratingOf(c.id) === null ? null : String(ratingOf(c.id))}
            onChange={(v) => void rate(c.id, v)}
            placeholder="-"
            clearable
            disabled={locked}
            w={72}
            size="xs"
          />
        </Table.Td>
      ))}
      <Table.Td>
        <Text fw={700} size="lg">
          {entry.score}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          추천 {entry.nominationScore} + 심사 {entry.ratingScore}
        </Text>
      </Table.Td>
      <Table.Td miw={150}>
        <Stack gap={4}>
          {entry.flags.map((f) => (
            <Badge key={f.kind} color="orange" variant="light" style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}>
              {f.text}
            </Badge>
          ))}
          {entry.flags.length === 0 && !entry.pick && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              기준 충족
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td miw={140}>
        {entry.pick ? (
          <Stack gap={4}>
            <Badge color={entry.pick.exception ? 'orange' : 'green'}>{entry.pick.exception ? '선정(규칙 예외)' : '선정'}</Badge>
            <Text size="xs">{entry.pick.reason}</Text>
            {entry.pick.exception && (
              <Text size="xs" c="orange.9">
                {kindnessExceptionNote(entry.pick.exception)}
              </Text>
            )}
            {!locked && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => void unpick()} aria-label={`${entry.name} 선정 취소`}>
                선정 취소
              </Button>
            )}
          </Stack>
        ) : (
          !locked && (
            <Group>
              {/* A flagged nominee can still be picked: the dialog shows the flags and asks for an explicit exception. */}
              <Button
                size="xs"
                onClick={() => onPick(entry)}
                color={entry.flags.length > 0 ? 'orange' : undefined}
                variant={entry.flags.length > 0 ? 'light' : 'filled'}
                aria-label={`${entry.name} 선정`}
              >
                {entry.flags.length > 0 ? '예외 선정' : '선정'}
              </Button>
            </Group>
          )
        )}
      </Table.Td>
    </Table.Tr>
  );
}
