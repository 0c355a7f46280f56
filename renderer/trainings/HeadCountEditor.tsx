import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Department } from '../../shared/contract/staff';
import type { SessionDetail, TrainingDetail } from '../../shared/contract/trainings';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { useContractForm } from '../forms/useContractForm';
import { AttendanceSaveBar } from './AttendanceSaveBar';

interface Props {
  session: SessionDetail;
  departments: Department[];
  onSaved: (training: TrainingDetail) => void;
}

type Counts = Record<string, number | ''>;

/** The departments with a count, in the order the channel gets them: an empty box or 0 means nobody came. */
const filled = (counts: Counts) => Object.entries(counts).filter(([, n]) => n !== '' && n !== 0) as [string, number][];

/** One session's attendance as a head count per department; an empty box means nobody came from it. */
export function HeadCountEditor({ session, departments, onSaved }: Props) {
  const form = useContractForm('trainings.recordHeadCounts', {
    initialValues: { counts: Object.fromEntries(session.headCounts.map((h) => [String(h.departmentId), h.headCount])) as Counts },
    toInput: (v) => ({ sessionId: session.id, counts: filled(v.counts).map(([departmentId, headCount]) => ({ departmentId: Number(departmentId), headCount })) }),
    // The contract numbers the filled departments; the form names each box by its department.
    fieldOf: (field, v) => {
      const at = /^counts\.(\d+)/.exec(field);
      const department = at ? filled(v.counts)[Number(at[1])]?.[0] : undefined;
      return department ? `counts.${department}` : field;
    },
  });
  // A department that has since been closed still shows when it has a count in this session.
  const shown = [
    ...departments,
    ...session.headCounts.filter((h) => !departments.some((d) => d.id === h.departmentId)).map((h) => ({ id: h.departmentId, name: h.departmentName })),
  ];
  const entries = filled(form.values.counts);
  const total = entries.reduce((n, [, count]) => n + count, 0);

  return (
    <ContractForm form={form} aria-label={`${session.date} 부서별 인원`} onSaved={(training) => onSaved(training)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          부서마다 참석한 인원수를 적습니다. 이름을 적지 않으므로 한 사람이 여러 회차에 왔는지는 알 수 없어, 인원수는 그대로 더합니다.
        </Text>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
          {shown.map((d) => (
            <CountInput key={d.id} label={`${d.name} 인원`} suffix="명" {...form.countProps(`counts.${d.id}`)} value={form.values.counts[String(d.id)] ?? ''} />
          ))}
        </SimpleGrid>
        <Text size="sm" fw={700}>
          이 회차 합계: {entries.length}개부서 {total}명
        </Text>
        <AttendanceSaveBar label="인원 저장" />
      </Stack>
    </ContractForm>
  );
}
