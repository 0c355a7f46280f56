import { ActionIcon, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import type { Department, StaffMember } from '../../shared/contract/staff';
import {
  attendanceStatusLabels,
  attendanceStatuses,
  countsAsAttended,
  type AttendanceStatus,
  type SessionDetail,
  type TrainingDetail,
} from '../../shared/contract/trainings';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';
import { koreanFilter } from './koreanFilter';
import { AttendanceSaveBar } from './AttendanceSaveBar';
import { StatusTotalsLine } from './StatusTotalsLine';

interface Row {
  staffId: number;
  name: string;
  departmentName: string;
  status: AttendanceStatus;
}

interface Props {
  session: SessionDetail;
  staff: StaffMember[];
  departments: Department[];
  onSaved: (training: TrainingDetail) => void;
}

/** One session's attendance, person by person: add a whole department or one person, then mark who was late, on leave or absent. */
export function AttendanceEditor({ session, staff, departments, onSaved }: Props) {
  const form = useContractForm('trainings.recordAttendance', {
    initialValues: {
      rows: session.attendance.map((a): Row => ({ staffId: a.staffId, name: a.staffName, departmentName: a.departmentName, status: a.status })),
    },
    toInput: (v) => ({ sessionId: session.id, entries: v.rows.map((r) => ({ staffId: r.staffId, status: r.status })) }),
    fieldOf: (field) => field.replace(/^entries/, 'rows'),
  });
  const { rows } = form.values;

  const add = (people: StaffMember[]) => {
    const listed = new Set(rows.map((r) => r.staffId));
    const fresh = people.filter((p) => !listed.has(p.id)).map((p): Row => ({ staffId: p.id, name: p.name, departmentName: p.departmentName, status: 'present' }));
    if (fresh.length > 0) form.setFieldValue('rows', [...rows, ...fresh]);
  };

  const totals = { present: 0, late: 0, excused: 0, absent: 0, attended: 0 };
  for (const r of rows) {
    totals[r.status] += 1;
    if (countsAsAttended(r.status)) totals.attended += 1;
  }

  return (
    <ContractForm form={form} aria-label={`${session.date} 출석`} onSaved={(training) => onSaved(training)}>
      <Stack gap="sm">
        <Group align="flex-end">
          <Select
            label="부서 전체 추가"
            placeholder="부서 선택"
            searchable
            filter={koreanFilter}
            data={departments.map((d) => ({ value: String(d.id), label: `${d.name} (${d.staffCount}명)` }))}
            value={null}
            onChange={(v) => v && add(staff.filter((s) => s.departmentId === Number(v)))}
            nothingFoundMessage="부서가 없습니다"
            w={240}
          />
          <Select
            label="직원 추가"
            placeholder="이름·초성 검색"
            searchable
            filter={koreanFilter}
            data={staff.map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }))}
            value={null}
            onChange={(v) => v && add(staff.filter((s) => s.id === Number(v)))}
            nothingFoundMessage="직원이 없습니다"
            w={240}
          />
        </Group>
        <StatusTotalsLine totals={totals} />
        {rows.length === 0 ? (
          <Text c="dimmed" size="sm">
            아직 출석 명단이 없습니다. 부서 전체나 직원을 추가하세요. 추가한 사람은 &lsquo;출석&rsquo;으로 들어갑니다.
          </Text>
        ) : (
          <Table aria-label={`${session.date} 출석 명단`} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>이름</Table.Th>
                <Table.Th>부서</Table.Th>
                <Table.Th>상태</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={r.staffId}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.departmentName}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={`${r.name} 출석 상태`}
                      data={attendanceStatuses.map((s) => ({ value: s, label: attendanceStatusLabels[s] }))}
                      value={r.status}
                      onChange={(v) => form.setFieldValue(`rows.${i}.status`, v as AttendanceStatus)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${r.name} 명단에서 빼기`}
                      onClick={() => form.removeListItem('rows', i)}
                    >
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AttendanceSaveBar label="출석 저장" />
      </Stack>
    </ContractForm>
  );
}
