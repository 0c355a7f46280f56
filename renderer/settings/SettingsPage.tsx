import { Anchor, Box, Button, Group, List, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Settings } from '../../shared/settings';
import { useAppState } from '../app/SessionContext';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { PersonalDataFileNotice } from '../privacy/PersonalDataFileNotice';
import { BackupPanel } from './BackupPanel';
import { DataLocationPanel } from './DataLocationPanel';

type Values = Omit<Settings, 'defaultLoanDays' | 'retentionYears' | 'uiFontSize' | 'lockAfterMinutes'> & {
  defaultLoanDays: number | '';
  retentionYears: number | '';
  uiFontSize: number | '';
  lockAfterMinutes: number | '';
};

/** An emptied number box is refused with the contract's "숫자로 입력하세요", never taken as 0. */
const numberOrNaN = (v: number | '') => (v === '' ? Number.NaN : v);

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (saved: Settings) => void }) {
  const form = useContractForm('settings.save', {
    initialValues: settings as Values,
    toInput: (v) => ({
      ...v,
      defaultLoanDays: numberOrNaN(v.defaultLoanDays),
      retentionYears: numberOrNaN(v.retentionYears),
      uiFontSize: numberOrNaN(v.uiFontSize),
      lockAfterMinutes: numberOrNaN(v.lockAfterMinutes),
    }),
  });
  return (
    <ContractForm
      className="no-print"
      form={form}
      aria-label="설정"
      onSaved={(saved) => {
        onSaved(saved);
        notifications.show({ color: 'green', message: '설정을 저장했습니다.' });
      }}
    >
      <Stack>
        <TextInput label="기관명" placeholder="예: ○○구청" {...form.getInputProps('officeName')} />
        <TextInput label="부서" placeholder="예: 민원회계과" {...form.getInputProps('departmentName')} />
        <TextInput label="팀" placeholder="예: 행정여권팀" {...form.getInputProps('teamName')} />
        <TextInput label="내선번호" placeholder="예: 1234" {...form.getInputProps('extension')} />
        <TextInput
          label="개인정보 보호책임자"
          placeholder="예: 총무과장 홍길동"
          description="아래 개인정보파일 안내에 실립니다."
          {...form.getInputProps('privacyOfficer')}
        />
        <Group grow align="flex-start">
          <TextInput label="구청장 임기 시작(연-월)" placeholder="2022-07" description="새 공약 카드의 사업비 연도가 됩니다." {...form.getInputProps('termFrom')} />
          <TextInput label="구청장 임기 종료(연-월)" placeholder="2026-06" {...form.getInputProps('termTo')} />
        </Group>
        <CountInput label="기본 휠체어 대여 기간(일)" {...form.countProps('defaultLoanDays')} />
        <CountInput label="개인정보 보유기간(년)" description="기간이 지난 대여자 성명·연락처는 파기합니다." {...form.countProps('retentionYears')} />
        <CountInput label="글자 크기(px)" {...form.countProps('uiFontSize')} />
        <CountInput
          label="화면 잠금 시간(분)"
          description="이 시간 동안 키보드·마우스를 쓰지 않으면 화면을 잠급니다. PIN으로 풀면 하던 화면 그대로입니다(1~60분)."
          {...form.countProps('lockAfterMinutes')}
        />
        <FormError />
        <Group>
          <Button type="submit" loading={form.saving}>
            저장
          </Button>
        </Group>
      </Stack>
    </ContractForm>
  );
}

export function SettingsPage() {
  const { settings, setSettings, refreshSession } = useAppState();
  return (
    <Stack maw={760}>
      <Title order={2} className="no-print">
        설정
      </Title>
      {settings && (
        <SettingsForm
          settings={settings}
          onSaved={(saved) => {
            setSettings(saved);
            // A new idle time counts from now on this PC too.
            void refreshSession();
          }}
        />
      )}
      {settings && <PersonalDataFileNotice settings={settings} />}
      <Paper withBorder p="md" className="no-print">
        <Title order={3} size="h5" mb="xs">
          메뉴별 설정
        </Title>
        {/* Each area keeps its own lists next to the records that use them; this page only points there. */}
        <List size="sm" spacing={4}>
          <List.Item>
            통역 지원 방법 목록: <Anchor href="#/interpretation">통역 지원</Anchor> → 설정 탭
          </List.Item>
          <List.Item>
            친절 으뜸이 추천 점수·심사 기준·선정 규칙: <Anchor href="#/kindness">친절 으뜸이</Anchor> → 기준 설정 탭
          </List.Item>
          <List.Item>
            공약 카드와 구청장 임기(사업비 연도): <Anchor href="#/pledge">공약 실적</Anchor> → 공약 카드 탭
          </List.Item>
          <List.Item>
            휠체어 목록: <Anchor href="#/loans">휠체어 대여</Anchor> → 휠체어 관리 탭
          </List.Item>
          <List.Item>
            직원·부서 명단: <Anchor href="#/staff">직원·부서</Anchor>
          </List.Item>
        </List>
      </Paper>
      <Box className="no-print">
        <Stack>
          <DataLocationPanel />
          <BackupPanel />
        </Stack>
      </Box>
    </Stack>
  );
}
