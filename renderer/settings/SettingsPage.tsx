import { Alert, Anchor, Button, Group, List, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/settings';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { useAppState } from '../app/SessionContext';
import { SubmitForm } from '../app/SubmitForm';
import { BackupPanel } from './BackupPanel';

const FIELDS = ['officeName', 'departmentName', 'teamName', 'extension', 'defaultLoanDays', 'retentionYears', 'uiFontSize', 'termFrom', 'termTo'];

export function SettingsPage() {
  const { settings, setSettings } = useAppState();
  const [draft, setDraft] = useState<Settings | null>(settings);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => setDraft(settings), [settings]);
  if (!draft) return null;

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft({ ...draft, [key]: value });
  const number = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

  const save = async () => {
    setSaving(true);
    const result = await call('settings.save', draft);
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSettings(result.value);
    notifications.show({ color: 'green', message: '설정을 저장했습니다.' });
  };

  return (
    <Stack maw={760}>
      <Title order={2}>설정</Title>
      <SubmitForm onSubmit={save}>
        <Stack>
          <TextInput label="기관명" placeholder="예: ○○구청" value={draft.officeName} onChange={(e) => set('officeName', e.currentTarget.value)} error={errorFor(error, 'officeName')} />
          <TextInput label="부서" placeholder="예: 민원회계과" value={draft.departmentName} onChange={(e) => set('departmentName', e.currentTarget.value)} error={errorFor(error, 'departmentName')} />
          <TextInput label="팀" placeholder="예: 행정여권팀" value={draft.teamName} onChange={(e) => set('teamName', e.currentTarget.value)} error={errorFor(error, 'teamName')} />
          <TextInput label="내선번호" placeholder="예: 1234" value={draft.extension} onChange={(e) => set('extension', e.currentTarget.value)} error={errorFor(error, 'extension')} />
          <Group grow align="flex-start">
            <TextInput label="구청장 임기 시작(연-월)" placeholder="2022-07" description="새 공약 카드의 사업비 연도가 됩니다." value={draft.termFrom} onChange={(e) => set('termFrom', e.currentTarget.value)} error={errorFor(error, 'termFrom')} />
            <TextInput label="구청장 임기 종료(연-월)" placeholder="2026-06" value={draft.termTo} onChange={(e) => set('termTo', e.currentTarget.value)} error={errorFor(error, 'termTo')} />
          </Group>
          <NumberInput label="기본 휠체어 대여 기간(일)" value={draft.defaultLoanDays} onChange={(v) => set('defaultLoanDays', number(v))} error={errorFor(error, 'defaultLoanDays')} allowDecimal={false} />
          <NumberInput label="개인정보 보유기간(년)" description="기간이 지난 대여자 성명·연락처는 파기합니다." value={draft.retentionYears} onChange={(v) => set('retentionYears', number(v))} error={errorFor(error, 'retentionYears')} allowDecimal={false} />
          <NumberInput label="글자 크기(px)" value={draft.uiFontSize} onChange={(v) => set('uiFontSize', number(v))} error={errorFor(error, 'uiFontSize')} min={14} max={24} allowDecimal={false} />
          {formError(error, FIELDS) && <Alert color="red">{formError(error, FIELDS)}</Alert>}
          <Group>
            <Button type="submit" loading={saving}>
              저장
            </Button>
          </Group>
        </Stack>
      </SubmitForm>
      <Paper withBorder p="md">
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
      <BackupPanel />
    </Stack>
  );
}
