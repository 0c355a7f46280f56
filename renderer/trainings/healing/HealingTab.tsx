import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { monthDay } from '../../../shared/korean/reportFormat';
import { useChannel } from '../../api/useChannel';
import { asOfFor } from '../today';

interface Props {
  year: number;
  /** Left out for someone who may not register a program (the button is not offered). */
  onNew?: () => void;
  onOpen: (id: number) => void;
}

export function HealingTab({ year, onNew, onOpen }: Props) {
  const line = useChannel('healing.yearLine', { year, asOf: asOfFor(year) });
  const list = useChannel('healing.list', { year });
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          실적 문구 (공약 보고서와 같은 방식으로 셉니다)
        </Title>
        <Text aria-label="힐링프로그램 실적 문구">{line.data?.text ?? '…'}</Text>
        <Text size="xs" c="dimmed" mt="xs">
          참여 인원 합계는 각 프로그램 참여 인원의 합입니다.
        </Text>
      </Paper>
      {onNew && (
        <Group>
          <Button onClick={onNew}>힐링프로그램 등록</Button>
        </Group>
      )}
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Table striped highlightOnHover aria-label="힐링프로그램 목록">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>날짜</Table.Th>
            <Table.Th>장소</Table.Th>
            <Table.Th>활동</Table.Th>
            <Table.Th>참여</Table.Th>
            <Table.Th>비용</Table.Th>
            <Table.Th>사진</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{monthDay(p.date)}</Table.Td>
              <Table.Td>{p.place}</Table.Td>
              <Table.Td>{p.activity}</Table.Td>
              <Table.Td>{p.participants}명</Table.Td>
              <Table.Td>{p.costWon.toLocaleString('ko-KR')}원</Table.Td>
              <Table.Td>{p.photos.length}장</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" aria-label={`${monthDay(p.date)} ${p.place} 열기·사진`} onClick={() => onOpen(p.id)}>
                  열기·사진
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && <Text c="dimmed">{year}년에 등록된 힐링프로그램이 없습니다.</Text>}
    </Stack>
  );
}
