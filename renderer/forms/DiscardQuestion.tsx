import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { askToDiscard, DISCARD_QUESTION, DISCARD_TITLE, hasUnsavedChanges, setDiscardAsker } from './unsavedChanges';

/**
 * Mounted once in the shell: the question every guard asks before typed input is lost, and the
 * guard for closing the window. Keeping what was typed is the default (Enter, Esc, a click outside);
 * throwing it away takes the red button.
 */
export function DiscardQuestion() {
  const [open, setOpen] = useState(false);
  const answer = useRef<((discard: boolean) => void) | null>(null);

  useEffect(() => {
    setDiscardAsker(
      () =>
        new Promise<boolean>((resolve) => {
          answer.current = resolve;
          setOpen(true);
        }),
    );
    return () => setDiscardAsker(null);
  }, []);

  useEffect(() => {
    let leaving = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving || !hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = '';
      // In the app the close is only held back, with no word; so the app asks itself and closes once told to.
      // The browser preview asks with its own dialog.
      if (window.minwon) {
        void askToDiscard().then((discard) => {
          if (!discard) return;
          leaving = true;
          window.close();
        });
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const reply = (discard: boolean) => {
    setOpen(false);
    answer.current?.(discard);
    answer.current = null;
  };

  return (
    <Modal opened={open} onClose={() => reply(false)} title={DISCARD_TITLE} zIndex={400} withCloseButton={false}>
      <Stack>
        <Text>{DISCARD_QUESTION}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => reply(false)} data-autofocus>
            계속 입력
          </Button>
          <Button color="red" onClick={() => reply(true)}>
            버리기
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

