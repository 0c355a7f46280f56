import { Button, Group, Select, TextInput } from '@mantine/core';
import type { SectionLine } from '../../shared/pledge/section';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';

type Level = '○' | '▷' | '-' | '※';

/** A free note line: words the user adds under the chosen line (or at the end), never a figure. */
export function NoteForm({ cardId, under }: { cardId: number; under: SectionLine | null }) {
  const form = useContractForm('pledge.saveNote', {
    initialValues: { level: '※' as Level, text: '' },
    toInput: (v) => ({ cardId, ...v, afterKey: under?.key ?? null }),
  });
  return (
    <ContractForm form={form} onSaved={() => form.startOver()}>
      <Group align="flex-start" mt="md" wrap="nowrap">
        <Select label="수준" data={['○', '▷', '-', '※']} allowDeselect={false} w={80} {...form.getInputProps('level')} />
        <TextInput
          label="메모 줄"
          description={under ? `'${under.text.slice(0, 30)}' 아래에 넣습니다` : '맨 끝에 넣습니다 (줄을 고르면 그 아래)'}
          style={{ flex: 1 }}
          {...form.getInputProps('text')}
        />
        <Button type="submit" variant="light" mt={44}>
          메모 추가
        </Button>
      </Group>
      <FormError mt="xs" />
    </ContractForm>
  );
}
