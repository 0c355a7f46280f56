import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { accessMonthLabel, type AccessMonth } from '../../shared/contract/privacy';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { deskStampLabel } from './accessMonths';

/** Whether the month was checked, by whom and when; once it is over, the form that records the check. */
export function ReviewPanel({ data }: { data: AccessMonth }) {
  const label = accessMonthLabel(data.month);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {label} 점검
      </Title>
      {data.review ? (
        <Alert color="green" title="점검을 마쳤습니다" role="status">
          {deskStampLabel(data.review.reviewedAt)} · {data.review.reviewerName ?? '알 수 없음'}
          {data.review.reviewedDesk ? ` (${data.review.reviewedDesk})` : ''} · 기록 {data.review.recordCount.toLocaleString('ko-KR')}건, 이상 징후{' '}
          {data.review.flaggedCount.toLocaleString('ko-KR')}건
          {data.review.note && <Text size="sm">의견: {data.review.note}</Text>}
        </Alert>
      ) : data.monthOver ? (
        <ReviewForm month={data.month} label={label} flagged={data.flaggedTotal} />
      ) : (
        <Text size="sm" c="dimmed">
          {label}이 끝난 뒤에 점검을 기록합니다.
        </Text>
      )}
    </Paper>
  );
}

function ReviewForm({ month, label, flagged }: { month: string; label: string; flagged: number }) {
  const form = useContractForm('privacy.reviewMonth', { initialValues: { note: '' }, toInput: (v) => ({ month, note: v.note }) });
  return (
    <ContractForm form={form} aria-label={`${label} 점검 기록`} onSaved={() => notifications.show({ color: 'green', message: `${label} 접속기록 점검을 기록했습니다.` })}>
      <Stack gap="sm">
        <Text size="sm">
          이 달의 기록을 모두 살펴보았으면 점검을 기록하세요. 누가, 언제 점검했는지 남습니다.
          {flagged > 0 && ` 이상 징후 ${flagged.toLocaleString('ko-KR')}건은 사유를 확인하고 의견에 적으세요.`}
        </Text>
        <Textarea label="점검 의견" autosize minRows={2} maxLength={500} {...form.getInputProps('note')} />
        <FormError />
        <Group justify="flex-end">
          <Button type="submit" loading={form.saving}>
            점검 완료 기록
          </Button>
        </Group>
      </Stack>
    </ContractForm>
  );
}
