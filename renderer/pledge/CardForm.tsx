import type { Settings } from '../../shared/settings';
import { useAppState } from '../app/SessionContext';
import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CardInput } from '../../shared/contract/pledge';
import type { PledgeCard } from '../../shared/pledge/records';
import { useChannel } from '../api/useChannel';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { useContractForm } from '../forms/useContractForm';

type Fields = Omit<CardInput, 'id' | 'departmentId'>;

/** A new card starts as the office's usual pledge; every value is the user's to change. */
const starting: Fields = {
  areaCode: '열린구정',
  areaNumber: '2-1',
  title: '소통과 공감의 고품격 민원서비스 제공',
  status: '이행 후 계속추진',
  businessType: '임기내사업',
  funding: '자체사업',
  team: '',
  extension: '',
  projectFrom: '2022-07-01',
  projectTo: '2026-06-30',
  projectPeriodText: '',
  contents: '',
  budgetNote: '',
  effects: '',
  plans: '',
  termFrom: '2022-07',
  termTo: '2026-06',
};

/** A new card starts from the office's settings: its team, extension and the mayor's term. */
function fromSettings(settings: Settings | null): Partial<Fields> {
  if (!settings) return {};
  const [endYear, endMonth] = settings.termTo.split('-').map(Number);
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return {
    team: settings.teamName,
    extension: settings.extension,
    termFrom: settings.termFrom,
    termTo: settings.termTo,
    projectFrom: `${settings.termFrom}-01`,
    projectTo: `${settings.termTo}-${String(lastDay).padStart(2, '0')}`,
  };
}

interface Props {
  card: PledgeCard | null;
  onSaved: (card: PledgeCard) => void;
}

/** The card's header, 개요, free-text parts and the mayor's term. A new card waits for the settings it starts from. */
export function CardForm(props: Props) {
  const { settings } = useAppState();
  if (!props.card && !settings) return null;
  return <CardFields {...props} settings={settings} />;
}

function CardFields({ card, onSaved, settings }: Props & { settings: Settings | null }) {
  const departments = useChannel('departments.list', { includeInactive: false });
  const form = useContractForm('pledge.saveCard', {
    initialValues: { ...(card ? pick(card) : { ...starting, ...fromSettings(settings) }), departmentId: card ? String(card.departmentId) : null },
    toInput: (v) => ({ ...v, id: card?.id, departmentId: Number(v.departmentId) || 0 }),
  });
  const input = (key: keyof Fields, label: string, extra: Record<string, unknown> = {}) => <TextInput label={label} {...extra} {...form.getInputProps(key)} />;

  return (
    <ContractForm
      form={form}
      onSaved={(saved) => {
        notifications.show({ color: 'green', message: '공약 카드를 저장했습니다.' });
        onSaved(saved);
      }}
    >
      <Stack maw={900}>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            머리글
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {input('areaCode', '공약 분야', { required: true, placeholder: '열린구정' })}
            {input('areaNumber', '공약 번호', { required: true, placeholder: '2-1' })}
            {input('status', '추진상태', { required: true })}
          </SimpleGrid>
          {input('title', '공약명', { required: true, mt: 'sm' })}
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            {input('businessType', '사업구분', { required: true, placeholder: '임기내사업' })}
            {input('funding', '재원', { required: true, placeholder: '자체사업' })}
            <Select
              label="부서"
              required
              searchable
              data={(departments.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
              nothingFoundMessage="부서가 없습니다. 직원·부서에서 먼저 추가하세요."
              {...form.getInputProps('departmentId')}
            />
            {input('team', '팀', { placeholder: '행정여권팀' })}
            {input('extension', '내선번호', { placeholder: '2345' })}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            공약사업 개요와 임기
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <DateField label="사업기간 시작일" {...form.getInputProps('projectFrom')} />
            <DateField label="사업기간 종료일" {...form.getInputProps('projectTo')} />
            {input('termFrom', '시장 임기 시작(연-월)', { placeholder: '2022-07', description: '사업비 현황의 연도가 됩니다' })}
            {input('termTo', '시장 임기 종료(연-월)', { placeholder: '2026-06' })}
          </SimpleGrid>
          {input('projectPeriodText', '사업기간 (카드에 적는 말)', {
            placeholder: '2022년(2022년 이행완료 후 계속추진)',
            description: '적으면 카드의 사업기간에 날짜 대신 이 말이 들어갑니다. 실적은 위 날짜로 셉니다.',
            mt: 'sm',
          })}
          <Textarea label="사업내용" autosize minRows={2} mt="sm" {...form.getInputProps('contents')} />
          {input('budgetNote', '사업비', { placeholder: '총 50백만원(구비)', mt: 'sm' })}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            직접 쓰는 부분
          </Title>
          <Textarea label="사업 이행효과" autosize minRows={3} {...form.getInputProps('effects')} />
          <Textarea label="향후계획" autosize minRows={3} mt="sm" {...form.getInputProps('plans')} />
        </Paper>
        <FormFooter submitLabel={card ? '공약 카드 저장' : '공약 카드 만들기'} />
      </Stack>
    </ContractForm>
  );
}

function pick(card: PledgeCard): Fields {
  const { areaCode, areaNumber, title, status, businessType, funding, team, extension, projectFrom, projectTo, projectPeriodText, contents, budgetNote, effects, plans, termFrom, termTo } = card;
  return { areaCode, areaNumber, title, status, businessType, funding, team, extension, projectFrom, projectTo, projectPeriodText, contents, budgetNote, effects, plans, termFrom, termTo };
}
