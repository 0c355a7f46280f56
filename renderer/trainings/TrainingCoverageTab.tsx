import { Alert, Badge, Checkbox, Grid, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { trainingKindLabels, trainingKinds, type TrainingKind } from '../../shared/contract/trainings';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { useCallRefusal } from '../app/SessionContext';
import { FigureChart } from '../charts/FigureChart';
import { coverageByDepartment } from './coverageChart';

/** The yearly requirement (연 1회): departments nobody attended from, and frontline staff not trained yet. */
export function TrainingCoverageTab({ year }: { year: number }) {
  const [kind, setKind] = useState<TrainingKind>('kindness');
  const coverage = useChannel('trainings.coverage', { year, kind });
  const [saveError, setSaveError] = useState<string | null>(null);
  // Which departments are 현장 부서 is a 팀장's to set (access.ts): shown, not changeable, for the others.
  const frontlineRefusal = useCallRefusal('trainings.setFrontline');
  // The tick shows at once; the list behind it follows when the save returns.
  const [pending, setPending] = useState<Record<number, boolean>>({});
  const departments = (coverage.data?.departments ?? []).map((d) => ({ ...d, frontline: pending[d.departmentId] ?? d.frontline }));
  const missing = departments.filter((d) => d.people === 0);

  const toggleFrontline = async (departmentId: number, on: boolean) => {
    const ids = departments.filter((d) => (d.departmentId === departmentId ? on : d.frontline)).map((d) => d.departmentId);
    setPending((p) => ({ ...p, [departmentId]: on }));
    const result = await call('trainings.setFrontline', { departmentIds: ids });
    await coverage.reload();
    setPending((p) => Object.fromEntries(Object.entries(p).filter(([id]) => Number(id) !== departmentId)));
    setSaveError(result.ok ? null : result.error.message);
  };

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label="교육 종류"
          w={200}
          allowDeselect={false}
          data={trainingKinds.map((k) => ({ value: k, label: trainingKindLabels[k] }))}
          value={kind}
          onChange={(v) => v && setKind(v as TrainingKind)}
        />
        <Text size="sm" pb={6}>
          {coverage.data ? `${year}년 ${departments.length}개 부서 중 ${departments.length - missing.length}개 부서 이수, ${missing.length}개 부서 미이수` : '불러오는 중…'}
        </Text>
      </Group>
      {coverage.error && <Alert color="red">{coverage.error.message}</Alert>}
      {saveError && <Alert color="red">{saveError}</Alert>}
      {coverage.data && coverage.data.departments.length > 0 && (
        <FigureChart
          kind="bar"
          orientation="vertical"
          figure={coverageByDepartment(coverage.data, trainingKindLabels[kind])}
          note="이 해에 이 종류의 교육을 받은 부서별 인원입니다. 아래 부서별 이수 현황 표와 같은 수입니다."
        />
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="xs">
              부서별 이수 현황
            </Title>
            <Table aria-label="부서별 이수 현황" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>부서</Table.Th>
                  <Table.Th>이수 인원</Table.Th>
                  <Table.Th>상태</Table.Th>
                  <Table.Th>현장 부서</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {departments.map((d) => (
                  <Table.Tr key={d.departmentId}>
                    <Table.Td>{d.departmentName}</Table.Td>
                    <Table.Td>{d.people}명</Table.Td>
                    <Table.Td>{d.people > 0 ? <Badge color="green">이수</Badge> : <Badge color="red">미이수</Badge>}</Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${d.departmentName} 현장 부서`}
                        checked={d.frontline}
                        disabled={frontlineRefusal !== null}
                        title={frontlineRefusal ?? undefined}
                        onChange={(e) => void toggleFrontline(d.departmentId, e.currentTarget.checked)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {departments.length === 0 && coverage.data && <Text c="dimmed">등록된 부서가 없습니다. 직원·부서 메뉴에서 먼저 등록하세요.</Text>}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="xs">
              현장 부서 직원 중 아직 이수하지 않은 사람
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              &lsquo;현장 부서&rsquo;에 표시한 부서의 재직 직원은 모두 연 1회 이수 대상으로 봅니다. 개인별 출석(출석·지각)으로 기록된 사람만 이수로 알 수 있습니다.
              부서별 인원수로만 기록한 교육은 부서를 이수로 세지만, 누가 왔는지는 알 수 없어 여기서 빠지지 않습니다.
            </Text>
            {!departments.some((d) => d.frontline) ? (
              <Text c="dimmed">왼쪽 표에서 현장 부서를 표시하세요.</Text>
            ) : coverage.data?.frontlineStaffNotAttended.length === 0 ? (
              <Text c="green.8" fw={700}>
                현장 부서 직원 모두 이수했습니다.
              </Text>
            ) : (
              <Table aria-label="미이수 현장 직원" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>부서</Table.Th>
                    <Table.Th>이름</Table.Th>
                    <Table.Th>직위</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {coverage.data?.frontlineStaffNotAttended.map((s) => (
                    <Table.Tr key={s.staffId}>
                      <Table.Td>{s.departmentName}</Table.Td>
                      <Table.Td>{s.name}</Table.Td>
                      <Table.Td>{s.position}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
