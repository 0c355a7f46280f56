import { ActionIcon, Button, FileInput, Group, Image, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { HealingPhoto, HealingProgram } from '../../../shared/contract/healing';
import { call } from '../../api/client';
import { useCallRefusal } from '../../app/SessionContext';
import { ContractForm } from '../../forms/ContractForm';
import { base64StandIn, readBase64 } from '../../forms/fileContent';
import { FormError } from '../../forms/FormError';
import { useContractForm } from '../../forms/useContractForm';

/** One stored photo: its bytes are fetched once (they never change), its caption can be edited. */
function PhotoCard({ photo, n, mayChange }: { photo: HealingPhoto; n: number; mayChange: boolean }) {
  // undefined while loading; null when the photo's bytes were lost before they moved into the database.
  const [src, setSrc] = useState<string | null | undefined>(undefined);
  const form = useContractForm('healing.captionPhoto', {
    initialValues: { caption: photo.caption },
    toInput: (v) => ({ photoId: photo.id, caption: v.caption }),
  });
  useEffect(() => {
    let live = true;
    void call('healing.photo', { photoId: photo.id }).then((r) => live && (r.ok ? setSrc(r.value.dataUrl) : form.setFormError(r.error.message)));
    return () => {
      live = false;
    };
  }, [photo.id]);

  const remove = async () => {
    const result = await call('healing.removePhoto', { photoId: photo.id });
    if (!result.ok) form.setFormError(result.error.message);
  };

  const picture = src ? (
    <Image src={src} alt={photo.caption || '힐링프로그램 사진'} h={140} fit="cover" radius="sm" />
  ) : (
    <Text size="sm" c="dimmed">
      {src === undefined ? '불러오는 중…' : '사진 파일을 찾을 수 없습니다.'}
    </Text>
  );
  if (!mayChange) {
    return (
      <Paper withBorder p="xs">
        <Stack gap={6}>
          {picture}
          <Text size="sm">{photo.caption || '설명 없음'}</Text>
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="xs">
      <ContractForm form={form} aria-label={`${n}번째 사진`}>
        <Stack gap={6}>
          {picture}
          <Group gap={4} wrap="nowrap">
            <TextInput aria-label={`${n}번째 사진 설명`} size="xs" style={{ flex: 1 }} {...form.getInputProps('caption')} />
            <Button type="submit" size="xs" variant="light" disabled={form.values.caption === photo.caption}>
              저장
            </Button>
            <ActionIcon variant="subtle" color="red" aria-label={`${n}번째 사진 삭제`} onClick={() => void remove()}>
              ✕
            </ActionIcon>
          </Group>
          <FormError />
        </Stack>
      </ContractForm>
    </Paper>
  );
}

/** The program's photos with captions (참고자료 of the pledge card), kept in the app's data folder. */
export function HealingPhotos({ program }: { program: HealingProgram }) {
  const form = useContractForm('healing.addPhoto', {
    initialValues: { file: null as File | null, caption: '' },
    // The contract's checks (a file, 5MB at most) run before the file is read; its bytes go only with the save.
    toInput: (v) => ({ programId: program.id, caption: v.caption, contentBase64: base64StandIn(v.file) }),
    fieldOf: (field) => (field === 'contentBase64' ? 'file' : field),
  });
  const file = form.values.file;
  // Adding, describing and removing photos is a 팀장's (access.ts): the others see the photos and captions.
  const mayChange = useCallRefusal('healing.addPhoto') === null;

  return (
    <Stack gap="sm">
      <Text fw={500}>사진 ({program.photos.length}장)</Text>
      {mayChange && (
        <ContractForm
          form={form}
          aria-label="사진 올리기"
          send={async (input) => call('healing.addPhoto', { ...input, contentBase64: file ? await readBase64(file) : '' })}
          onSaved={() => form.startOver()}
        >
          <Group align="flex-end">
            <FileInput label="사진 파일" placeholder="JPG·PNG·WEBP, 5MB 이하" accept="image/jpeg,image/png,image/webp" clearable w={260} {...form.getInputProps('file')} />
            <TextInput label="사진 설명" placeholder="예: 태종대 숲길에서" style={{ flex: 1 }} {...form.getInputProps('caption')} />
            <Button type="submit" loading={form.saving}>
              사진 올리기
            </Button>
          </Group>
          <FormError mt="xs" />
        </ContractForm>
      )}
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs">
        {program.photos.map((p, i) => (
          <PhotoCard key={p.id} photo={p} n={i + 1} mayChange={mayChange} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
