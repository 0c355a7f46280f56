import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import type { InterpretationRequest, RequestInput } from '../../shared/contract/interpretation';
import { dateWithWeekday } from '../../shared/korean/deskClock';
import { call } from '../api/client';

export const DUPLICATE_TITLE = '같은 통역 요청이 이미 있습니다';
const TITLE_ID = 'duplicate-request-title';

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

  // In the form, not a dialog over it: a second modal inside the form's own would leave its overlay over
  // the form. Focus goes to 취소, so Enter keeps the form unsent; Esc answers here and does not close the form.
  // The form's dialog hears Esc on the window before any React handler (Mantine's capture listener), so
  // stopPropagation alone is too late: it would close the form, its unsaved-input question opening over
  // the form and its overlay taking every click. Mantine skips an Esc whose target carries this mark.
  const answersEscape = { 'data-mantine-stop-propagation': true };
  const question = found && (
    <Alert
      color="yellow"
      role="alertdialog"
      aria-labelledby={TITLE_ID}
      title={<span id={TITLE_ID}>{DUPLICATE_TITLE}</span>}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        reply(false);
      }}
    >
      <Stack gap="xs">
        <List size="sm">
          {found.map((r) => (
            <List.Item key={r.id}>{describe(r)}</List.Item>
          ))}
        </List>
        <Text size="sm">같은 날 같은 시각, 같은 언어와 업무입니다. 그래도 저장할까요?</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => reply(false)} autoFocus {...answersEscape}>
            취소
          </Button>
          <Button onClick={() => reply(true)} {...answersEscape}>
            그래도 저장
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
  return { confirm, question };
}
