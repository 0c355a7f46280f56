import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DISCARD_QUESTION, DISCARD_TITLE } from './unsavedChanges';

/** The question itself: keeping what was typed is the default (Enter, Esc, a click outside). */
export function DiscardDialog({ opened, reply }: { opened: boolean; reply: (discard: boolean) => void }) {
  return (
    <Modal opened={opened} onClose={() => reply(false)} title={DISCARD_TITLE} zIndex={400} withCloseButton={false}>
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
