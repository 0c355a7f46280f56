import { FormModal } from '../forms/FormModal';
import { ChangePinForm } from './ChangePinForm';

/** The header's PIN 바꾸기 dialog. */
export function ChangePinDialog({ opened, onDone }: { opened: boolean; onDone: () => void }) {
  return (
    <FormModal opened={opened} onClose={onDone} title="PIN 바꾸기">
      {opened && <ChangePinForm onDone={onDone} />}
    </FormModal>
  );
}
