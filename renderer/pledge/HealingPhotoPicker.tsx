import { deskToday } from '../../shared/korean/deskClock';
import { Button, Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import { monthDay } from '../../shared/korean/reportFormat';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';

/**
 * Photos already kept with a healing program, put on the card as a reference: the picture is copied,
 * so the card keeps it even if the program's photo is later removed.
 */
export function HealingPhotoPicker({ cardId, onError }: { cardId: number; onError: (e: AppError | null) => void }) {
  const [year, setYear] = useState<number | string>(Number(deskToday().slice(0, 4)));
  const [chosen, setChosen] = useState<string | null>(null);
  const programs = useChannel('healing.list', { year: Number(year) || Number(deskToday().slice(0, 4)) });
  const options = (programs.data ?? []).flatMap((p) =>
    p.photos.map((photo) => ({ value: `${p.id}:${photo.id}`, label: `${monthDay(p.date)} ${p.place} — ${photo.caption || '사진'}`, program: p, photo })),
  );

  const add = async () => {
    const option = options.find((o) => o.value === chosen);
    if (!option) return;
    const image = await call('healing.photo', { photoId: option.photo.id });
    if (!image.ok) return onError(image.error);
    if (!image.value.dataUrl) return onError({ code: 'not_found', message: '그 사진 파일을 찾을 수 없어 실을 수 없습니다.' });
    const [head, contentBase64] = image.value.dataUrl.split(',');
    const caption = `${option.photo.caption || `${option.program.place} ${option.program.activity}`} (${monthDay(option.program.date)})`;
    const result = await call('pledge.addPhoto', { cardId, fileName: `healing-${option.photo.id}.${head.includes('png') ? 'png' : 'jpg'}`, contentBase64, caption: caption.slice(0, 200) });
    onError(result.ok ? null : result.error);
    if (result.ok) setChosen(null);
  };

  return (
    <Group align="flex-end" mt="md">
      <NumberInput label="힐링프로그램 연도" value={year} onChange={setYear} min={2000} max={2100} w={130} allowDecimal={false} />
      <Select
        label="힐링프로그램 사진 싣기"
        placeholder={options.length ? '사진 고르기' : '그해 힐링프로그램 사진이 없습니다'}
        data={options.map(({ value, label }) => ({ value, label }))}
        value={chosen}
        onChange={setChosen}
        style={{ flex: 1 }}
      />
      <Button variant="light" disabled={!chosen} onClick={() => void add()}>
        사진 싣기
      </Button>
    </Group>
  );
}
