import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import type { InterpretationRequest, RequestInput } from '../../shared/contract/interpretation';
import { dateWithWeekday } from '../../shared/korean/deskClock';
import { call } from '../api/client';

export const DUPLICATE_TITLE = '같은 통역 요청이 이미 있습니다';

const describe = (r: InterpretationRequest) =>
  `${dateWithWeekday(r.date)} ${r.time ?? ''} ${r.languageLabel} · ${r.task} (${r.status}${r.staffName ? `, ${r.staffName}` : ''})`;

/**
 * Before a request is saved: the same language, day, time and errand already on record (the same booking
 * typed twice, or a walk-in logged by two desks) is shown, and the desk decides. Keeping the form unsent is
 * the default (Enter, Esc); saving anyway takes the second button.
 */
export function useDuplicateQuestion(): { confirm: (input: RequestInput & { id?: number }) => Promise<boolean>; question: ReactNode } {
  const [found, setFound] = useState<InterpretationRequest[] | null>(null);
  const answer = useRef<((save: boolean) => void) | null>(null);

  const confirm = async (input: RequestInput & { id?: number }) => {
    if (input.status === '취소') return true;
    const result = await call('interpretation.requests.duplicates', {
      id: input.id,
      date: input.date,
      time: input.time ?? null,
      language: input.language,
      task: input.task,
    });
    // Not known (the office server is away): the request is kept as typed, as any other.
    if (!result.ok || result.value.length === 0) return true;
    setFound(result.value);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
    });
  };

  const reply = (save: boolean) => {
    setFound(null);
    answer.current?.(save);
    answer.current = null;
  };

  const question = (
    <Modal opened={found !== null} onClose={() => reply(false)} title={DUPLICATE_TITLE} zIndex={400} withCloseButton={false}>
      {/* Inside the request form's dialog in React's tree: its keys must not reach that form (Enter saves, Esc closes). */}
      <div
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') reply(false);
        }}
      >
        <Stack>
          <List size="sm">
            {(found ?? []).map((r) => (
              <List.Item key={r.id}>{describe(r)}</List.Item>
            ))}
          </List>
          <Text>같은 날 같은 시각, 같은 언어와 업무입니다. 그래도 저장할까요?</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => reply(false)} data-autofocus>
              취소
            </Button>
            <Button onClick={() => reply(true)}>그래도 저장</Button>
          </Group>
        </Stack>
      </div>
    </Modal>
  );
  return { confirm, question };
}
