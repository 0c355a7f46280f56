import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../shared/result';
import type { SectionLine } from '../../shared/pledge/section';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { SubmitForm } from '../app/SubmitForm';

/** A free note line: words the user adds under the chosen line (or at the end), never a figure. */
export function NoteForm({ cardId, under }: { cardId: number; under: SectionLine | null }) {
  const [level, setLevel] = useState<'○' | '▷' | '-' | '※'>('※');
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const add = async () => {
    const result = await call('pledge.saveNote', { cardId, level, text, afterKey: under?.key ?? null });
    if (!result.ok) return setError(result.error);
    setError(null);
    setText('');
  };
  return (
    <SubmitForm onSubmit={add}>
      <Group align="flex-start" mt="md" wrap="nowrap">
        <Select label="수준" data={['○', '▷', '-', '※']} value={level} onChange={(v) => v && setLevel(v as typeof level)} allowDeselect={false} w={80} />
        <TextInput
          label="메모 줄"
          description={under ? `'${under.text.slice(0, 30)}' 아래에 넣습니다` : '맨 끝에 넣습니다 (줄을 고르면 그 아래)'}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errorFor(error, 'text')}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="light" mt={44}>
          메모 추가
        </Button>
      </Group>
      {formError(error, ['text']) && (
        <Alert color="red" mt="xs">
          {formError(error, ['text'])}
        </Alert>
      )}
    </SubmitForm>
  );
}
