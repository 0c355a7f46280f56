import { Alert, Button, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { KindnessConfig, KindnessCriterion } from '../../shared/contract/kindness';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { CriterionRow, NewCriterion } from './CriterionRow';

function SourceWeights({ config }: { config: KindnessConfig }) {
  const form = useContractForm('kindness.saveSourceWeights', {
    initialValues: { weights: config.sources.map((w) => ({ ...w, weight: w.weight as number | '' })) },
    toInput: (v) => ({ weights: v.weights.map(({ source, weight }) => ({ source, weight: weight === '' ? Number.NaN : weight })) }),
  });
  return (
    <ContractForm form={form} onSaved={() => notifications.show({ color: 'green', message: '추천 경로별 점수를 저장했습니다.' })}>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {form.values.weights.map((w, i) => (
          <CountInput key={w.source} label={`${w.label} (점)`} {...form.countProps(`weights.${i}.weight`)} />
        ))}
      </SimpleGrid>
      <FormError mt="sm" />
      <Button type="submit" mt="sm" loading={form.saving}>
        점수 저장
      </Button>
    </ContractForm>
  );
}

function Rules({ config }: { config: KindnessConfig }) {
  const form = useContractForm('kindness.saveRules', {
    initialValues: { recentMonths: config.rules.recentMonths as number | '', maxPerDepartment: config.rules.maxPerDepartment as number | '' },
    toInput: (v) => ({ recentMonths: v.recentMonths === '' ? Number.NaN : v.recentMonths, maxPerDepartment: v.maxPerDepartment === '' ? Number.NaN : v.maxPerDepartment }),
  });
  return (
    <ContractForm form={form} onSaved={() => notifications.show({ color: 'green', message: '선정 기준을 저장했습니다.' })}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CountInput label="재선정 제한 기간(개월)" description="최근 이 기간 안에 선정된 직원은 다시 선정하지 않습니다. 0 = 제한 없음" {...form.countProps('recentMonths')} />
        <CountInput label="부서별 월 선정 한도(명)" description="한 달에 같은 부서(선정 당시 부서)에서 뽑는 최대 인원. 0 = 한도 없음" {...form.countProps('maxPerDepartment')} />
      </SimpleGrid>
      <FormError mt="sm" />
      <Button type="submit" mt="sm" loading={form.saving}>
        기준 저장
      </Button>
      {config.rules.updatedByName && (
        <Text size="xs" c="dimmed" mt={4}>
          마지막 변경: {config.rules.updatedByName}
        </Text>
      )}
    </ContractForm>
  );
}

/** 기준 설정: the area's own settings. Changes apply to every board at once; picks already made stay as they are. */
export function CriteriaTab() {
  const { data: config, error } = useChannel('kindness.config', {});
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!config) return null;
  const nextOrder = Math.max(0, ...config.criteria.map((c: KindnessCriterion) => c.sortOrder)) + 1;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        바꾼 기준은 모든 달의 심사표 점수와 검토에 바로 반영됩니다. 이미 한 선정과 확정된 달의 명단은 바뀌지 않습니다.
      </Text>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          선정 기준
        </Title>
        <Rules key={config.rules.updatedAt} config={config} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          추천 경로별 점수 (추천 1건당)
        </Title>
        <SourceWeights key={JSON.stringify(config.sources)} config={config} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          심사 항목 (팀장 평점 1~5 × 가중치)
        </Title>
        <Table aria-label="심사 항목">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>항목명</Table.Th>
              <Table.Th>가중치</Table.Th>
              <Table.Th>순서</Table.Th>
              <Table.Th>사용</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {config.criteria.map((c) => (
              <CriterionRow key={`${c.id}-${c.name}-${c.weight}-${c.sortOrder}-${c.active}`} criterion={c} />
            ))}
            <NewCriterion key={nextOrder} sortOrder={nextOrder} />
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
