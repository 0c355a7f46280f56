import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Department } from '../../shared/contract/staff';
import type { SessionDetail, TrainingDetail } from '../../shared/contract/trainings';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { AttendanceSaveBar } from './AttendanceSaveBar';

interface Props {
  session: SessionDetail;
  departments: Department[];
  onSaved: (training: TrainingDetail) => void;
}

/** One session's attendance as a head count per department; an empty box means nobody came from it. */
export function HeadCountEditor({ session, departments, onSaved }: Props) {
  const [counts, setCounts] = useState<Record<number, number | ''>>(
    Object.fromEntries(session.headCounts.map((h) => [h.departmentId, h.headCount])),
  );
  // A department that has since been closed still shows when it has a count in this session.
  const shown = [
    ...departments,
    ...session.headCounts.filter((h) => !departments.some((d) => d.id === h.departmentId)).map((h) => ({ id: h.departmentId, name: h.departmentName })),
  ];
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const entries = Object.entries(counts)
    .map(([departmentId, headCount]) => ({ departmentId: Number(departmentId), headCount: Number(headCount) }))
    .filter((c) => c.headCount > 0);
  const total = entries.reduce((n, c) => n + c.headCount, 0);

  const save = async () => {
    setBusy(true);
    const result = await call('trainings.recordHeadCounts', { sessionId: session.id, counts: entries });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDirty(false);
    onSaved(result.value);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        부서마다 참석한 인원수를 적습니다. 이름을 적지 않으므로 한 사람이 여러 회차에 왔는지는 알 수 없어, 인원수는 그대로 더합니다.
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
        {shown.map((d) => (
          <NumberInput
            key={d.id}
            label={`${d.name} 인원`}
            min={0}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            suffix="명"
            value={counts[d.id] ?? ''}
            onChange={(v) => {
              setCounts({ ...counts, [d.id]: typeof v === 'number' ? v : '' });
              setDirty(true);
            }}
          />
        ))}
      </SimpleGrid>
      <Text size="sm" fw={700}>
        이 회차 합계: {entries.length}개부서 {total}명
      </Text>
      <AttendanceSaveBar error={error} dirty={dirty} busy={busy} onSave={() => void save()} label="인원 저장" />
    </Stack>
  );
}
