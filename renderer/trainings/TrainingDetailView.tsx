import { Alert, Badge, Button, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { attendanceModeLabels, type TrainingDetail } from '../../shared/contract/trainings';
import { monthDay, monthDayRange } from '../../shared/korean/reportFormat';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { useCallRefusal } from '../app/SessionContext';
import { RecordImportedFrom } from '../imports/ImportedFrom';
import { AttendanceEditor } from './AttendanceEditor';
import { HeadCountEditor } from './HeadCountEditor';
import { StatusTotalsLine } from './StatusTotalsLine';
import { TrainingForm } from './TrainingForm';

interface Props {
  trainingId: number;
  onClose: () => void;
}

const timeOf = (s: { startTime: string | null; endTime: string | null }) => (s.startTime ? `${s.startTime}${s.endTime ? `~${s.endTime}` : ''}` : '');

/** One training: its sessions, the attendance of each, and the totals per session and per department. */
export function TrainingDetailView({ trainingId, onClose }: Props) {
  const training = useChannel('trainings.get', { id: trainingId });
  const staff = useChannel('staff.list', { includeInactive: false });
  const departments = useChannel('departments.list', { includeInactive: false });
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [sessionTab, setSessionTab] = useState<string | null>(null);
  // Changing or deleting a training is a 팀장's (access.ts); the attendance forms say so themselves.
  const mayChange = useCallRefusal('trainings.save') === null;

  if (training.error) return <Alert color="red">{training.error.message}</Alert>;
  const t: TrainingDetail | null = training.data;
  if (!t) return <Text c="dimmed">불러오는 중…</Text>;
  if (editing) return <TrainingForm editing={t} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />;

  const remove = async () => {
    const result = await call('trainings.delete', { id: t.id });
    if (!result.ok) return setDeleteError(result.error.message);
    onClose();
  };
  const activeSession = t.sessions.find((s) => String(s.id) === sessionTab) ?? t.sessions[0];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge>{t.kindLabel}</Badge>
            <Badge variant="outline">{attendanceModeLabels[t.attendanceMode]}</Badge>
          </Group>
          <Text mt={4}>
            {monthDayRange(t.firstDate, t.lastDate)} · {t.sessionCount}회 · 강사 {t.instructor || '—'}
          </Text>
          <Text fw={700} size="lg" aria-label="이수 합계">
            {t.departments}개부서 {t.people}명 이수
          </Text>
          {t.note && <Text size="sm">{t.note}</Text>}
          <RecordImportedFrom recordTable="training" id={t.id} />
        </div>
        {mayChange && (
          <Group>
            <Button variant="light" onClick={() => setEditing(true)}>
              정보·일정 수정
            </Button>
            {confirmDelete ? (
              <Button color="red" onClick={() => void remove()}>
                출석 기록까지 삭제
              </Button>
            ) : (
              <Button color="red" variant="subtle" onClick={() => setConfirmDelete(true)}>
                삭제
              </Button>
            )}
          </Group>
        )}
      </Group>
      {deleteError && <Alert color="red">{deleteError}</Alert>}

      <Title order={3} size="h5">
        회차별 출석
      </Title>
      <Tabs value={String(activeSession.id)} onChange={setSessionTab} keepMounted={false}>
        <Tabs.List>
          {t.sessions.map((s, i) => (
            <Tabs.Tab key={s.id} value={String(s.id)}>
              {i + 1}회차 {monthDay(s.date)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {t.sessions.map((s) => (
          <Tabs.Panel key={s.id} value={String(s.id)} pt="sm">
            <Text size="sm" c="dimmed" mb="xs">
              {s.date} {timeOf(s)} {s.place}
            </Text>
            {t.attendanceMode === 'person' ? (
              <AttendanceEditor session={s} staff={staff.data ?? []} departments={departments.data ?? []} onSaved={() => void training.reload()} />
            ) : (
              <HeadCountEditor session={s} departments={departments.data ?? []} onSaved={() => void training.reload()} />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>

      <Title order={3} size="h5">
        회차별 합계
      </Title>
      <Table aria-label="회차별 합계">
        <Table.Tbody>
          {t.sessions.map((s, i) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                {i + 1}회차 {monthDay(s.date)} {s.place}
              </Table.Td>
              <Table.Td>{t.attendanceMode === 'person' ? <StatusTotalsLine totals={s.totals} /> : `${s.headCounts.length}개부서 ${s.totals.attended}명`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Title order={3} size="h5">
        부서별 합계
      </Title>
      {t.byDepartment.length === 0 ? (
        <Text c="dimmed" size="sm">
          아직 출석 기록이 없습니다.
        </Text>
      ) : (
        <Table aria-label="부서별 합계" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>부서</Table.Th>
              <Table.Th>이수 인원</Table.Th>
              {t.attendanceMode === 'person' && <Table.Th>출석·지각·공가·결석(회차 합)</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {t.byDepartment.map((d) => (
              <Table.Tr key={d.departmentId}>
                <Table.Td>{d.departmentName}</Table.Td>
                <Table.Td>{d.people}명</Table.Td>
                {t.attendanceMode === 'person' && <Table.Td>{`${d.present} · ${d.late} · ${d.excused} · ${d.absent}`}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed">
        이수 = 출석 + 지각. 공가와 결석은 이수로 세지 않습니다. 두 회차에 모두 온 사람은 한 번만 셉니다. 최종 수정: {t.updatedByName ?? '—'}
      </Text>
    </Stack>
  );
}
