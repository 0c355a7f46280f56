import { ActionIcon, Button, Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useState } from 'react';
import {
  attendanceModeLabels,
  attendanceModes,
  trainingKindLabels,
  trainingKinds,
  type AttendanceMode,
  type TrainingDetail,
  type TrainingKind,
} from '../../shared/contract/trainings';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';

interface SessionDraft {
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
const blankSession = (date: string, from?: SessionDraft): SessionDraft => ({
  key: nextKey++,
  date,
  startTime: from?.startTime ?? '14:00',
  endTime: from?.endTime ?? '16:00',
  place: from?.place ?? '',
});

export function TrainingForm({ editing, initialDate, onSaved, onCancel }: Props) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [kind, setKind] = useState<TrainingKind>(editing?.kind ?? 'kindness');
  const [instructor, setInstructor] = useState(editing?.instructor ?? '');
  const [mode, setMode] = useState<AttendanceMode>(editing?.attendanceMode ?? 'person');
  const [note, setNote] = useState(editing?.note ?? '');
  const [sessions, setSessions] = useState<SessionDraft[]>(
    editing
      ? editing.sessions.map((s) => ({
          key: nextKey++,
          id: s.id,
          date: s.date,
          startTime: s.startTime ?? '',
          endTime: s.endTime ?? '',
          place: s.place,
        }))
      : [blankSession(initialDate ?? '')],
  );
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const lockedMode = editing !== null && editing.sessions.some((s) => s.attendance.length + s.headCounts.length > 0);

  const removedRecords = (editing?.sessions ?? [])
    .filter((old) => !sessions.some((s) => s.id === old.id))
    .reduce((n, old) => n + old.attendance.length + old.headCounts.length, 0);

  const change = (key: number, patch: Partial<SessionDraft>) => setSessions((list) => list.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  const save = async () => {
    setBusy(true);
    const result = await call('trainings.save', {
      id: editing?.id,
      title,
      kind,
      instructor,
      attendanceMode: mode,
      note,
      sessions: sessions.map((s) => ({ id: s.id, date: s.date, startTime: s.startTime || null, endTime: s.endTime || null, place: s.place })),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.value);
  };

  const sessionFields = sessions.flatMap((_, i) => [`sessions.${i}.date`, `sessions.${i}.startTime`, `sessions.${i}.endTime`, `sessions.${i}.place`]);
  const generalError = formError(error, ['title', 'kind', 'instructor', 'attendanceMode', 'note', ...sessionFields]);

  return (
    <SubmitForm onSubmit={save}>
      <Stack>
        <TextInput label="교육명" required data-autofocus placeholder="예: 2024년 직원 친절교육" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errorFor(error, 'title')} />
        <Group grow align="flex-start">
          <Select
            label="교육 종류"
            required
            allowDeselect={false}
            data={trainingKinds.map((k) => ({ value: k, label: trainingKindLabels[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as TrainingKind)}
            error={errorFor(error, 'kind')}
          />
          <TextInput label="강사" placeholder="예: 한국서비스진흥원 김강사" value={instructor} onChange={(e) => setInstructor(e.currentTarget.value)} error={errorFor(error, 'instructor')} />
        </Group>
        <Radio.Group
          label="출석 기록 방식"
          description={lockedMode ? '출석 기록이 있어 바꿀 수 없습니다.' : '개인별: 직원 명단에서 한 사람씩 출석·지각·공가·결석 / 부서별: 부서마다 참석 인원수만'}
          value={mode}
          onChange={(v) => setMode(v as AttendanceMode)}
          error={errorFor(error, 'attendanceMode')}
        >
          <Group mt={4}>
            {attendanceModes.map((m) => (
              <Radio key={m} value={m} label={attendanceModeLabels[m]} disabled={lockedMode && m !== mode} />
            ))}
          </Group>
        </Radio.Group>

        <Stack gap="xs" role="group" aria-label="교육 일정">
          <Text fw={500} size="sm">
            교육 일정(회차)
          </Text>
          {sessions.map((s, i) => (
            <Group key={s.key} align="flex-start" wrap="nowrap" gap="xs">
              <TextInput
                type="date"
                label={`${i + 1}회차 날짜`}
                required
                value={s.date}
                onChange={(e) => change(s.key, { date: e.currentTarget.value })}
                error={errorFor(error, `sessions.${i}.date`)}
                w={170}
              />
              <TimeInput label={`${i + 1}회차 시작`} value={s.startTime} onChange={(e) => change(s.key, { startTime: e.currentTarget.value })} error={errorFor(error, `sessions.${i}.startTime`)} w={120} />
              <TimeInput label={`${i + 1}회차 종료`} value={s.endTime} onChange={(e) => change(s.key, { endTime: e.currentTarget.value })} error={errorFor(error, `sessions.${i}.endTime`)} w={120} />
              <TextInput
                label={`${i + 1}회차 장소`}
                placeholder="예: 구청 대강당"
                value={s.place}
                onChange={(e) => change(s.key, { place: e.currentTarget.value })}
                error={errorFor(error, `sessions.${i}.place`)}
                style={{ flex: 1 }}
              />
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                aria-label={`${i + 1}회차 빼기`}
                disabled={sessions.length === 1}
                onClick={() => setSessions((list) => list.filter((x) => x.key !== s.key))}
              >
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
            <Button variant="light" size="xs" onClick={() => setSessions((list) => [...list, blankSession('', list.at(-1))])} disabled={sessions.length >= 30}>
              회차 추가
            </Button>
          </Group>
        </Stack>
        <Textarea label="메모" rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errorFor(error, 'note')} />
        <FormFooter error={generalError} onCancel={onCancel} saving={busy} />
      </Stack>
    </SubmitForm>
  );
}
