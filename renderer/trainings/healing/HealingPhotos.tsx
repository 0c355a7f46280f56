import { ActionIcon, Alert, Button, FileInput, Group, Image, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { MAX_PHOTO_BYTES, type HealingPhoto, type HealingProgram } from '../../../shared/contract/healing';
import { call } from '../../api/client';

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** One stored photo: its bytes are fetched once (they never change), its caption can be edited. */
function PhotoCard({ photo, n }: { photo: HealingPhoto; n: number }) {
  // undefined while loading; null when the photo's bytes were lost before they moved into the database.
  const [src, setSrc] = useState<string | null | undefined>(undefined);
  const [caption, setCaption] = useState(photo.caption);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('healing.photo', { photoId: photo.id }).then((r) => live && (r.ok ? setSrc(r.value.dataUrl) : setError(r.error.message)));
    return () => {
      live = false;
    };
  }, [photo.id]);

  const saveCaption = async () => {
    const result = await call('healing.captionPhoto', { photoId: photo.id, caption });
    setError(result.ok ? null : result.error.message);
  };
  const remove = async () => {
    const result = await call('healing.removePhoto', { photoId: photo.id });
    if (!result.ok) setError(result.error.message);
  };

  return (
    <Paper withBorder p="xs">
      <Stack gap={6}>
        {src ? (
          <Image src={src} alt={photo.caption || '힐링프로그램 사진'} h={140} fit="cover" radius="sm" />
        ) : (
          <Text size="sm" c="dimmed">
            {src === undefined ? '불러오는 중…' : '사진 파일을 찾을 수 없습니다.'}
          </Text>
        )}
        <Group gap={4} wrap="nowrap">
          <TextInput
            aria-label={`${n}번째 사진 설명`}
            size="xs"
            value={caption}
            onChange={(e) => setCaption(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && void saveCaption()}
            style={{ flex: 1 }}
          />
          <Button size="xs" variant="light" onClick={() => void saveCaption()} disabled={caption === photo.caption}>
            저장
          </Button>
          <ActionIcon variant="subtle" color="red" aria-label={`${n}번째 사진 삭제`} onClick={() => void remove()}>
            ✕
          </ActionIcon>
        </Group>
        {error && (
          <Text size="xs" c="red.8">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The program's photos with captions (참고자료 of the pledge card), kept in the app's data folder. */
export function HealingPhotos({ program }: { program: HealingProgram }) {
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async () => {
    if (!file) return setError('올릴 사진 파일을 고르세요.');
    // Checked here too so a huge file is not read and sent only to be refused.
    if (file.size > MAX_PHOTO_BYTES) return setError('사진은 5MB 이하만 올릴 수 있습니다.');
    setBusy(true);
    const result = await call('healing.addPhoto', { programId: program.id, caption, contentBase64: await readBase64(file) });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setFile(null);
    setCaption('');
  };

  return (
    <Stack gap="sm">
      <Text fw={500}>사진 ({program.photos.length}장)</Text>
      <Group align="flex-end">
        <FileInput label="사진 파일" placeholder="JPG·PNG·WEBP, 5MB 이하" accept="image/jpeg,image/png,image/webp" value={file} onChange={setFile} clearable w={260} />
        <TextInput label="사진 설명" placeholder="예: 태종대 숲길에서" value={caption} onChange={(e) => setCaption(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button onClick={() => void upload()} loading={busy}>
          사진 올리기
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs">
        {program.photos.map((p, i) => (
          <PhotoCard key={p.id} photo={p} n={i + 1} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
