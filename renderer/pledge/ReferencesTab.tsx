import { ActionIcon, Alert, Button, FileButton, Group, Image, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { SubmitForm } from '../app/SubmitForm';
import { HealingPhotoPicker } from './HealingPhotoPicker';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** 참고자료: photos with captions and cited press items, in the order the card lists them. */
export function ReferencesTab({ cardId }: { cardId: number }) {
  const references = useChannel('pledge.references', { cardId });
  const communications = useChannel('pledge.communications', { cardId });
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [pressId, setPressId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const uncited = (communications.data ?? []).filter((c) => c.category === 'press' && !c.referenced);

  const run = async (send: () => Promise<{ ok: boolean; error?: AppError }>, after?: () => void) => {
    const result = await send();
    if (!result.ok) return setError(result.error ?? null);
    setError(null);
    after?.();
  };
  const addPhoto = async () => {
    if (!file) return setError({ code: 'invalid_input', message: '사진 파일을 고르세요.', field: 'fileName' });
    await run(async () => call('pledge.addPhoto', { cardId, fileName: file.name, contentBase64: await toBase64(file), caption }), () => (setFile(null), setCaption('')));
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          사진 추가
        </Title>
        <SubmitForm onSubmit={addPhoto}>
          <Group align="flex-start">
            <FileButton onChange={setFile} accept="image/jpeg,image/png">
              {(props) => (
                <Button variant="default" mt={25} {...props}>
                  {file ? file.name : '사진 고르기'}
                </Button>
              )}
            </FileButton>
            <TextInput label="사진 설명" required placeholder="현판식 (11.5.)" value={caption} onChange={(e) => setCaption(e.currentTarget.value)} error={errorFor(error, 'caption')} style={{ flex: 1 }} />
            <Button type="submit" mt={25}>
              사진 싣기
            </Button>
          </Group>
          {errorFor(error, 'fileName') && <Text c="red" size="sm">{errorFor(error, 'fileName')}</Text>}
        </SubmitForm>
        <Group align="flex-end" mt="md">
          <Select
            label="보도 싣기"
            placeholder={uncited.length ? '구민소통에 기록한 보도' : '실을 수 있는 보도가 없습니다'}
            data={uncited.map((c) => ({ value: String(c.id), label: `${c.title} (${c.outlet})` }))}
            value={pressId}
            onChange={setPressId}
            style={{ flex: 1 }}
          />
          <Button variant="light" disabled={!pressId} onClick={() => void run(() => call('pledge.citePress', { cardId, communicationId: Number(pressId) }), () => setPressId(null))}>
            보도 싣기
          </Button>
        </Group>
        <HealingPhotoPicker cardId={cardId} onError={setError} />
      </Paper>
      {error && !['caption', 'fileName'].includes(error.field ?? '') && <Alert color="red">{error.message}</Alert>}
      <Table aria-label="참고자료" striped>
        <Table.Tbody>
          {(references.data ?? []).map((r, i, all) => (
            <Table.Tr key={r.id}>
              <Table.Td w={140}>{r.photo ? <Image src={`data:${r.photo.mimeType};base64,${r.photo.contentBase64}`} alt={r.text} h={80} w={120} fit="contain" /> : r.kind === 'photo' ? '사진 파일 없음' : '보도'}</Table.Td>
              <Table.Td>{r.text}</Table.Td>
              <Table.Td w={140}>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`위로: ${r.text}`} disabled={i === 0} onClick={() => void run(() => call('pledge.moveReference', { id: r.id, direction: 'up' }))}>
                    ▲
                  </ActionIcon>
                  <ActionIcon variant="subtle" aria-label={`아래로: ${r.text}`} disabled={i === all.length - 1} onClick={() => void run(() => call('pledge.moveReference', { id: r.id, direction: 'down' }))}>
                    ▼
                  </ActionIcon>
                  <Button size="xs" variant="subtle" color="red" aria-label={`빼기: ${r.text}`} onClick={() => void run(() => call('pledge.removeReference', { id: r.id }))}>
                    빼기
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {references.data?.length === 0 && <Text c="dimmed">실린 참고자료가 없습니다. 사진을 올리거나 구민소통에 기록한 보도를 실으세요.</Text>}
    </Stack>
  );
}
