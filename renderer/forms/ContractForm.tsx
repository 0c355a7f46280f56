import { Table, Text } from '@mantine/core';
import { useContext, useEffect, useRef, type ComponentPropsWithoutRef } from 'react';
import type { ChannelName } from '../../shared/contract';
import { useCallRefusal } from '../app/SessionContext';
import { enterSaves } from './enterSaves';
import { FormStateContext } from './formContext';
import { registerForm, UnsavedScope } from './unsavedChanges';
import type { ContractFormApi, SaveHandlers } from './useContractForm';

type Props<K extends ChannelName, V extends object> = Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'noValidate' | 'onKeyDown'> &
  SaveHandlers<K, V> & {
    form: ContractFormApi<K, V>;
    /**
     * A table row rather than a <form>, which a row cannot hold (a list edited in place): Enter in any of
     * its fields saves it the same way, and its save button calls `form.save` itself.
     */
    asTableRow?: boolean;
  };

/**
 * The app's <form>: checked by the contract, saved through it, Enter to save, and known to the
 * unsaved-changes guard (a dialog's ✕, Esc, a click outside, another menu, closing the window).
 * The browser's own validation bubbles (in English, for `required` fields) never appear: noValidate;
 * the contract's Korean messages show beside the fields instead. Shown to someone whose role may not
 * use its channel (a 담당자 on a training's attendance), it shows what it holds with every field and
 * button disabled, and says why, rather than take input the core would refuse.
 */
export function ContractForm<K extends ChannelName, V extends object>({ form, onSaved, send, onValid, onKept, confirm, asTableRow, children, ...rest }: Props<K, V>) {
  const scope = useContext(UnsavedScope);
  const latest = useRef(form);
  latest.current = form;
  useEffect(() => registerForm(() => latest.current.isUnsaved(), scope), [scope]);

  const save = form.save({ onSaved, send, onValid, onKept, confirm });
  const refusal = useCallRefusal(form.channel);
  return (
    <FormStateContext value={{ saving: form.saving, formError: form.formError, isUnsaved: form.isUnsaved, readOnly: refusal !== null }}>
      {asTableRow ? (
        <Table.Tr aria-label={rest['aria-label']} onKeyDown={(e) => enterSaves(e, () => save())}>
          {children}
        </Table.Tr>
      ) : (
        <form {...rest} noValidate onKeyDown={(e) => enterSaves(e, () => e.currentTarget.requestSubmit())} onSubmit={save}>
          {refusal ? (
            <>
              <Text size="sm" c="dimmed" mb="xs">
                {refusal} 보기만 할 수 있습니다.
              </Text>
              <fieldset disabled style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
                {children}
              </fieldset>
            </>
          ) : (
            children
          )}
        </form>
      )}
    </FormStateContext>
  );
}
