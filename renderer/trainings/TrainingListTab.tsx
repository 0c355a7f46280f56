import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { attendanceModeLabels } from '../../shared/contract/trainings';
import { monthDayRange } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';
import { TrainingYearLines } from './TrainingYearLines';

interface Props {
  year: number;
  /** Left out for someone who may not register a training (the button is not offered). */
  onNew?: () => void;
  onOpen: (id: number) => void;
}

export function TrainingListTab({ year, onNew, onOpen }: Props) {
  const list = useChannel('trainings.list', { year });
  return (
    <Stack>
      <TrainingYearLines year={year} />
      {onNew && (
        <Group>
          <Button onClick={onNew}>교육 등록</Button>
        </Group>
      )}
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Table striped highlightOnHover aria-label="교육 목록">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>교육명</Table.Th>
            <Table.Th>종류</Table.Th>
            <Table.Th>일정</Table.Th>
            <Table.Th>회차</Table.Th>
            <Table.Th>기록 방식</Table.Th>
            <Table.Th>이수</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.title}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t.kindLabel}</Badge>
              </Table.Td>
              <Table.Td>{monthDayRange(t.firstDate, t.lastDate)}</Table.Td>
              <Table.Td>{t.sessionCount}회</Table.Td>
              <Table.Td>{attendanceModeLabels[t.attendanceMode]}</Table.Td>
              <Table.Td>
                {t.departments}개부서 {t.people}명
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" aria-label={`${t.title} 열기·출석`} onClick={() => onOpen(t.id)}>
                  열기·출석
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && <Text c="dimmed">{year}년에 등록된 교육이 없습니다. &lsquo;교육 등록&rsquo;으로 추가하세요.</Text>}
    </Stack>
  );
}
