import { Alert, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { useCallRefusal } from '../../app/SessionContext';
import { RecordImportedFrom } from '../../imports/ImportedFrom';
import { HealingForm } from './HealingForm';
import { HealingPhotos } from './HealingPhotos';

interface Props {
  /** An existing program, or null for a new one (then initialDate, if any, fills the date). */
  programId: number | null;
  initialDate?: string;
  onSaved: (id: number) => void;
  onClose: () => void;
}

function ExistingProgram({ programId, onClose }: { programId: number; onClose: () => void }) {
  const program = useChannel('healing.get', { id: programId });
  const staff = useChannel('staff.list', { includeInactive: false });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Deleting is a 팀장's (access.ts); the program's form says so itself.
  const mayDelete = useCallRefusal('healing.delete') === null;
  if (program.error) return <Alert color="red">{program.error.message}</Alert>;
  if (!program.data || !staff.data) return <Text c="dimmed">불러오는 중…</Text>;

  const remove = async () => {
    const result = await call('healing.delete', { id: programId });
    if (!result.ok) return setError(result.error.message);
    onClose();
  };
  return (
    <Stack>
      <RecordImportedFrom recordTable="healing_program" id={programId} />
      <HealingForm key={program.data.id} editing={program.data} staff={staff.data} onSaved={() => {}} onCancel={onClose} />
      <Divider />
      <HealingPhotos program={program.data} />
      <Divider />
      {error && <Alert color="red">{error}</Alert>}
      {mayDelete && (
        <Group justify="flex-end">
          {confirmDelete ? (
            <Button color="red" onClick={() => void remove()}>
              사진까지 삭제
            </Button>
          ) : (
            <Button color="red" variant="subtle" onClick={() => setConfirmDelete(true)}>
              이 프로그램 삭제
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** A healing program's form; once saved it stays open with its photos, so the photos can be added right away. */
export function HealingEditor({ programId, initialDate, onSaved, onClose }: Props) {
  const staff = useChannel('staff.list', { includeInactive: false });
  if (programId !== null) return <ExistingProgram programId={programId} onClose={onClose} />;
  if (!staff.data) return <Text c="dimmed">불러오는 중…</Text>;
  return <HealingForm editing={null} initialDate={initialDate} staff={staff.data} onSaved={(p) => onSaved(p.id)} onCancel={onClose} />;
}
