import { Alert, Button, Checkbox, Group, NumberInput, Paper, PasswordInput, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ConnectionCheck, MoveReport } from '../../shared/contract/dataLocation';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';

const emptyServer = { host: '', port: 5432, database: 'minwon', user: 'minwon', password: '', tls: false };

/**
 * Settings → 데이터 위치: this PC's own file, or the office's PostgreSQL server that every desk shares.
 * "연결 시험" only asks the server; "이 위치 쓰기" reopens the records there at once; "옮기기" copies
 * this PC's records into an empty server and then works there.
 */
export function DataLocationPanel() {
  const place = useChannel('dataLocation.get', {});
  const [engine, setEngine] = useState<'sqlite' | 'postgres'>('sqlite');
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [moved, setMoved] = useState<MoveReport | null>(null);
  const form = useContractForm('dataLocation.use', {
    initialValues: emptyServer,
    toInput: (v) => (engine === 'sqlite' ? { engine: 'sqlite' } : { engine: 'postgres', server: v }),
    // The contract names the server's fields under `server.`; the form holds them at the top.
    fieldOf: (field) => field.replace(/^server\./, ''),
    asksBeforeDiscard: false,
  });

  useEffect(() => {
    if (!place.data) return;
    setEngine(place.data.engine);
    if (place.data.server) form.startOver({ ...emptyServer, ...place.data.server, password: '' });
    // Only when what is saved changes: typing must not be overwritten.
  }, [JSON.stringify(place.data)]);

  const server = () => form.getValues();
  const testConnection = async () => {
    const result = await call('dataLocation.test', server());
    setCheck(result.ok ? result.value : { ok: false, reason: 'other', message: result.error.message });
  };
  const moveHere = async () => {
    const result = await call('dataLocation.moveToServer', { server: server() });
    if (!result.ok) return setCheck({ ok: false, reason: 'other', message: result.error.message });
    setMoved(result.value);
    notifications.show({ color: 'green', message: `이 PC의 기록 ${result.value.totalRows.toLocaleString('ko-KR')}건을 사무실 서버로 옮겼습니다. 이제 서버의 기록을 씁니다.` });
  };

  return (
    <Paper withBorder p="md">
      <ContractForm
        form={form}
        aria-label="데이터 위치"
        onSaved={(view) => notifications.show({ color: 'green', message: view.engine === 'sqlite' ? '이 PC의 기록을 씁니다.' : '사무실 서버의 기록을 씁니다.' })}
      >
        <Stack>
          <Title order={3} size="h5">
            데이터 위치
          </Title>
          <Radio.Group label="기록을 어디에 둘까요?" value={engine} onChange={(v) => setEngine(v as 'sqlite' | 'postgres')}>
            <Stack gap={4} mt={4}>
              <Radio value="sqlite" label="이 PC" description={place.data ? `이 PC의 파일: ${place.data.localFile}` : undefined} />
              <Radio value="postgres" label="사무실 서버 (PostgreSQL)" description="여러 창구가 같은 기록을 씁니다. 서버는 사무실 전산 담당이 준비합니다." />
            </Stack>
          </Radio.Group>
          {engine === 'postgres' && (
            <>
              <Group grow align="flex-start">
                <TextInput label="서버 주소" placeholder="예: 10.1.2.3" {...form.getInputProps('host')} />
                <NumberInput label="포트" allowDecimal={false} allowNegative={false} {...form.getInputProps('port')} />
              </Group>
              <Group grow align="flex-start">
                <TextInput label="데이터베이스" {...form.getInputProps('database')} />
                <TextInput label="사용자" {...form.getInputProps('user')} />
              </Group>
              <PasswordInput
                label="비밀번호"
                description={
                  place.data?.server?.passwordSaved
                    ? '저장된 비밀번호를 그대로 쓰려면 비워 두세요.'
                    : place.data?.canSealPassword === false
                      ? '미리보기에서는 비밀번호를 파일에 저장하지 않고, 프로그램을 끌 때까지만 기억합니다.'
                      : '비밀번호는 이 PC의 Windows 사용자만 풀 수 있게 암호화해 저장합니다.'
                }
                {...form.getInputProps('password')}
              />
              <Checkbox label="보안 연결(TLS) 사용" {...form.getInputProps('tls', { type: 'checkbox' })} />
              {check && (
                <Alert color={check.ok ? 'green' : 'red'} title={check.ok ? '연결 시험 성공' : '연결 시험 실패'}>
                  {check.message}
                </Alert>
              )}
            </>
          )}
          <FormError />
          <Group>
            {engine === 'postgres' && (
              <Button variant="default" onClick={() => void testConnection()}>
                연결 시험
              </Button>
            )}
            <Button type="submit">이 위치 쓰기</Button>
            {engine === 'postgres' && place.data?.engine === 'sqlite' && (
              <Button variant="light" color="orange" onClick={() => void moveHere()}>
                이 PC의 기록을 사무실 서버로 옮기기
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            옮기기는 빈 서버에만 합니다. 모든 기록과 사진을 한 번에 옮기고 표마다 건수를 맞춰 본 뒤 서버를 쓰기 시작합니다. 이 PC의 파일은 그대로 남습니다.
          </Text>
          {moved && (
            <Table aria-label="옮긴 기록" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>표</Table.Th>
                  <Table.Th>건수</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {moved.tables
                  .filter((t) => t.rows > 0)
                  .map((t) => (
                    <Table.Tr key={t.table}>
                      <Table.Td>{t.table}</Table.Td>
                      <Table.Td>{t.rows.toLocaleString('ko-KR')}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </ContractForm>
    </Paper>
  );
}
