import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { UNDO_MINUTES } from '../../shared/deskUndo';
import type { Result } from '../../shared/result';

export interface Undoable {
  /** What was saved, as the desk reads it: "W-01 대여를 기록했습니다." */
  message: string;
  /** The button's text, naming the record: "W-01 대여 취소". */
  undoLabel: string;
  undo: () => Promise<Result<unknown>>;
  /** Said once it is taken back: "W-01 대여를 취소했습니다." */
  undoneMessage: string;
}

/** Takes the record back and says so; the core's Korean refusal (too late, changed since) otherwise. */
export async function runUndo({ undo, undoneMessage }: Pick<Undoable, 'undo' | 'undoneMessage'>) {
  const result = await undo();
  notifications.show(result.ok ? { color: 'gray', message: undoneMessage } : { color: 'red', message: result.error.message, autoClose: 8000 });
  return result.ok;
}

let shown = 0;

/**
 * The notification of a desk save, with the button that takes it back. It stays as long as the core
 * allows the undo (UNDO_MINUTES), and goes as soon as it is used.
 */
export function showUndoable(undoable: Undoable): string {
  const id = `undoable-${++shown}`;
  notifications.show({
    id,
    color: 'green',
    autoClose: UNDO_MINUTES * 60_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm">{undoable.message}</Text>
        <Button
          size="compact-sm"
          variant="outline"
          color="red.8"
          onClick={() => {
            notifications.hide(id);
            void runUndo(undoable);
          }}
        >
          {undoable.undoLabel}
        </Button>
      </Group>
    ),
  });
  return id;
}
