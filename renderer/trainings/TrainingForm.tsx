import { ActionIcon, Button, Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { attendanceModeLabels, attendanceModes, trainingKindLabels, trainingKinds, type AttendanceMode, type TrainingDetail, type TrainingKind } from '../../shared/contract/trainings';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { TimeField } from '../forms/TimeField';
import { useContractForm } from '../forms/useContractForm';

interface SessionValues {
  /** Keeps a row's boxes with it when a row above is taken out. */
  key: number;
  id?: number;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

interface Props {
  editing: TrainingDetail | null;
  /** The date picked on the calendar, for a new training. */
  initialDate?: string;
  onSaved: (training: TrainingDetail) => void;
  onCancel: () => void;
}

let nextKey = 1;
/** A further session of the same training usually runs at the same hours in the same room. */
const blankSession = (date: string, from?: SessionValues): SessionValues => ({
  key: nextKey++,
  date,
  startTime: from?.startTime ?? '14:00',
  endTime: from?.endTime ?? '16:00',
  place: from?.place ?? '',
});

export function TrainingForm({ editing, initialDate, onSaved, onCancel }: Props) {
  const form = useContractForm('trainings.save', {
    initialValues: {
      title: editing?.title ?? '',
      kind: (editing?.kind ?? 'kindness') as TrainingKind,
      instructor: editing?.instructor ?? '',
      attendanceMode: (editing?.attendanceMode ?? 'person') as AttendanceMode,
      note: editing?.note ?? '',
      sessions: editing
        ? editing.sessions.map((s): SessionValues => ({ key: nextKey++, id: s.id, date: s.date, startTime: s.startTime ?? '', endTime: s.endTime ?? '', place: s.place }))
        : [blankSession(initialDate ?? '')],
    },
    toInput: (v) => ({
      ...v,
      id: editing?.id,
      sessions: v.sessions.map((s) => ({ id: s.id, date: s.date, startTime: s.startTime || null, endTime: s.endTime || null, place: s.place })),
    }),
  });
  const { sessions, attendanceMode } = form.values;
  const lockedMode = editing !== null && editing.sessions.some((s) => s.attendance.length + s.headCounts.length > 0);
  const removedRecords = (editing?.sessions ?? [])
    .filter((old) => !sessions.some((s) => s.id === old.id))
    .reduce((n, old) => n + old.attendance.length + old.headCounts.length, 0);

  return (
    <ContractForm form={form} onSaved={(training) => onSaved(training)}>
      <Stack>
        <TextInput label="교육명" required data-autofocus placeholder="예: 2024년 직원 친절교육" {...form.getInputProps('title')} />
        <Group grow align="flex-start">
          <Select label="교육 종류" required allowDeselect={false} data={trainingKinds.map((k) => ({ value: k, label: trainingKindLabels[k] }))} {...form.getInputProps('kind')} />
          <TextInput label="강사" placeholder="예: 한국서비스진흥원 김강사" {...form.getInputProps('instructor')} />
        </Group>
        <Radio.Group
          label="출석 기록 방식"
          description={lockedMode ? '출석 기록이 있어 바꿀 수 없습니다.' : '개인별: 직원 명단에서 한 사람씩 출석·지각·공가·결석 / 부서별: 부서마다 참석 인원수만'}
          {...form.getInputProps('attendanceMode')}
        >
          <Group mt={4}>
            {attendanceModes.map((m) => (
              <Radio key={m} value={m} label={attendanceModeLabels[m]} disabled={lockedMode && m !== attendanceMode} />
            ))}
          </Group>
        </Radio.Group>

        <Stack gap="xs" role="group" aria-label="교육 일정">
          <Text fw={500} size="sm">
            교육 일정(회차)
          </Text>
          {sessions.map((s, i) => (
            <Group key={s.key} align="flex-start" wrap="nowrap" gap="xs">
              <DateField label={`${i + 1}회차 날짜`} required w={190} {...form.getInputProps(`sessions.${i}.date`)} />
              <TimeField label={`${i + 1}회차 시작`} clearable w={130} {...form.getInputProps(`sessions.${i}.startTime`)} />
              <TimeField label={`${i + 1}회차 종료`} clearable w={130} {...form.getInputProps(`sessions.${i}.endTime`)} />
              <TextInput label={`${i + 1}회차 장소`} placeholder="예: 구청 대강당" style={{ flex: 1 }} {...form.getInputProps(`sessions.${i}.place`)} />
              <ActionIcon mt={26} variant="subtle" color="red" aria-label={`${i + 1}회차 빼기`} disabled={sessions.length === 1} onClick={() => form.removeListItem('sessions', i)}>
                ✕
              </ActionIcon>
            </Group>
          ))}
          {removedRecords > 0 && (
            <Text size="sm" c="orange.9">
              뺀 회차의 출석 기록 {removedRecords}건은 저장할 때 함께 지워집니다.
            </Text>
          )}
          <Group>
            <Button variant="light" size="xs" onClick={() => form.insertListItem('sessions', blankSession('', sessions.at(-1)))} disabled={sessions.length >= 30}>
              회차 추가
            </Button>
          </Group>
        </Stack>
        <Textarea label="메모" rows={2} {...form.getInputProps('note')} />
        <FormFooter onCancel={onCancel} />
      </Stack>
    </ContractForm>
  );
}
