import { ActionIcon, Alert, Button, FileButton, Group, Image, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { AppError, Result } from '../../shared/result';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { base64StandIn, readBase64 } from '../forms/fileContent';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { HealingPhotoPicker } from './HealingPhotoPicker';

/** 참고자료: photos with captions and cited press items, in the order the card lists them. */
export function ReferencesTab({ cardId }: { cardId: number }) {
  const references = useChannel('pledge.references', { cardId });
  const communications = useChannel('pledge.communications', { cardId });
  // What the one-click actions (▲▼, 빼기, a healing photo) were refused, shown above the list.
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const uncited = (communications.data ?? []).filter((c) => c.category === 'press' && !c.referenced);
  const photo = useContractForm('pledge.addPhoto', {
    initialValues: { file: null as File | null, caption: '' },
    // The contract checks the file's name and size before it is read; the bytes go only with the save.
    toInput: (v) => ({ cardId, fileName: v.file?.name ?? '', contentBase64: base64StandIn(v.file), caption: v.caption }),
    fieldOf: (field) => (field === 'fileName' || field === 'contentBase64' ? 'file' : field),
  });
  const press = useContractForm('pledge.citePress', {
    initialValues: { communicationId: null as string | null },
    toInput: (v) => ({ cardId, communicationId: Number(v.communicationId) || 0 }),
  });
  const file = photo.values.file;

  const run = async (send: () => Promise<Result<unknown>>) => {
    const result = await send();
    setRefusal(result.ok ? null : result.error);
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          사진 추가
        </Title>
        <ContractForm
          form={photo}
          aria-label="사진 추가"
          send={async (input) => call('pledge.addPhoto', { ...input, contentBase64: file ? await readBase64(file) : '' })}
          onSaved={() => photo.startOver()}
        >
          <Group align="flex-start">
            <FileButton onChange={(f) => photo.setFieldValue('file', f)} accept="image/jpeg,image/png">
              {(props) => (
                <Button variant="default" mt={25} {...props} data-path="file" aria-invalid={photo.errors.file ? true : undefined}>
                  {file ? file.name : '사진 고르기'}
                </Button>
              )}
            </FileButton>
            <TextInput label="사진 설명" required placeholder="현판식 (11.5.)" style={{ flex: 1 }} {...photo.getInputProps('caption')} />
            <Button type="submit" mt={25} loading={photo.saving}>
              사진 싣기
            </Button>
          </Group>
          {photo.errorOf('file') && (
            <Text c="red" size="sm">
              {photo.errorOf('file')}
            </Text>
          )}
          <FormError mt="xs" />
        </ContractForm>
        <ContractForm form={press} aria-label="보도 싣기" onSaved={() => press.startOver()}>
          <Group align="flex-end" mt="md">
            <Select
              label="보도 싣기"
              placeholder={uncited.length ? '구민소통에 기록한 보도' : '실을 수 있는 보도가 없습니다'}
              data={uncited.map((c) => ({ value: String(c.id), label: `${c.title} (${c.outlet})` }))}
              style={{ flex: 1 }}
              {...press.getInputProps('communicationId')}
            />
            <Button type="submit" variant="light" disabled={!press.values.communicationId}>
              보도 싣기
            </Button>
          </Group>
          <FormError mt="xs" />
        </ContractForm>
        <HealingPhotoPicker cardId={cardId} onError={setRefusal} />
      </Paper>
      {refusal && <Alert color="red">{refusal.message}</Alert>}
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
