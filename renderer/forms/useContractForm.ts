import { schemaResolver, useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { contract, type ChannelName, type Input, type Output } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { call } from '../api/client';
import { issuesOf, placeIssues } from './refusal';
import { freeTextHint } from '../privacy/freeTextHint';

export interface ContractFormOptions<K extends ChannelName, V> {
  /** Where a new record starts: defaults, never the record saved before it. */
  initialValues: V;
  /**
   * The values as the channel takes them. Form fields carry the input's names, so the contract's
   * message for `startDate` lands on the field `startDate`.
   */
  toInput: (values: V) => Input<K>;
  /** For a form that names a field differently from the input (a list that leaves blank rows out). */
  fieldOf?: (inputField: string, values: V) => string | null;
  /**
   * false for a form that only asks (a query's period): closing it loses nothing worth a question.
   * @default true
   */
  asksBeforeDiscard?: boolean;
}

export interface SaveHandlers<K extends ChannelName, V> {
  onSaved?: (value: Output<K>, values: V) => void;
  /** Another channel with the same input (a preview before the real thing); the default is the form's own. */
  send?: (input: Input<K>) => Promise<Result<Output<K>>>;
  /** A form whose checked input is used on screen (a query's period) rather than saved. */
  onValid?: (input: Input<K>, values: V) => void;
  /**
   * The office server did not answer and the entry was kept on this PC, to be sent when it does (a
   * loan, a return, an interpretation request): done at the desk like a save. Without it the form
   * starts over.
   */
  onKept?: (values: V) => void;
  /**
   * Asked after the form's own check and before sending (the same booking entered twice): false keeps
   * the form as it is and sends nothing.
   */
  confirm?: (input: Input<K>, values: V) => Promise<boolean>;
}

const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `sessions.1.date` set to `value` in a copy of `values`. */
function withPath<V>(values: V, path: string, value: unknown): V {
  const copy = structuredClone(values) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
  return copy as V;
}

/**
 * The one form mechanism: @mantine/form holding the fields, checked by the very zod schema the
 * contract declares for the channel (the same check main runs), so every wrong field shows its
 * Korean message at once before anything is sent. A refusal from main is put back on the fields it
 * names. One save at a time: a second Enter while the first is on its way does nothing.
 */
export function useContractForm<K extends ChannelName, V extends object>(channel: K, options: ContractFormOptions<K, V>) {
  const { toInput, fieldOf } = options;
  const check = schemaResolver(contract[channel].input, { sync: true });
  const rename = (field: string, values: V) => (fieldOf ? fieldOf(field, values) : field);
  const errorsOf = (values: V): FormErrors =>
    placeIssues(
      Object.entries(check(toInput(values))).map(([field, message]) => ({ field, message: String(message) })),
      new Set([...allPaths(values)]),
      (f) => rename(f, values),
    ).fieldErrors;

  // The fields drawn in the last render: a message for a field not on screen goes above the buttons.
  const shown = useRef(new Set<string>());
  shown.current = new Set();
  const baseline = useRef(options.initialValues);
  const busy = useRef(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const form: UseFormReturnType<V> = useForm<V>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: errorsOf,
    enhanceGetInputProps: ({ field, inputProps }) => {
      shown.current.add(String(field));
      return freeTextHint(contract[channel].input, String(field), inputProps.value);
    },
  });

  const errorsOfAttempt = (path: string, value: unknown) => {
    const errors = errorsOf(withPath(form.getValues(), path, value));
    return errors[path] ? String(errors[path]) : null;
  };

  const focusFirst = (fields: string[]) => {
    const first = fields.find((f) => shown.current.has(f));
    if (first) form.getInputNode(first)?.focus();
  };

  /** Errors of the form's own check: beside their fields, the rest above the buttons. */
  const showErrors = (errors: FormErrors) => {
    const hidden = Object.entries(errors).filter(([field]) => !shown.current.has(field));
    setFormError(hidden.length ? [...new Set(hidden.map(([, m]) => String(m)))].join(' ') : null);
    focusFirst(Object.keys(errors));
  };

  /** Ready for the next record: the given values (by default the starting ones), nothing unsaved, no messages. */
  const startOver = (values: V = options.initialValues) => {
    baseline.current = values;
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
    setFormError(null);
  };

  const save = (handlers: SaveHandlers<K, V>) =>
    form.onSubmit(async (values) => {
      if (busy.current) return;
      if (handlers.onValid) {
        setFormError(null);
        return handlers.onValid(toInput(values), values);
      }
      busy.current = true;
      if (handlers.confirm && !(await handlers.confirm(toInput(values), values))) {
        busy.current = false;
        return;
      }
      setSaving(true);
      const result = await (handlers.send ?? ((input: Input<K>) => call(channel, input)))(toInput(values));
      busy.current = false;
      setSaving(false);
      if (!result.ok && result.error.code === 'queued') {
        setFormError(null);
        baseline.current = values;
        notifications.show({ color: 'yellow', title: '이 PC에 보관했습니다', message: result.error.message, autoClose: 8000 });
        return handlers.onKept ? handlers.onKept(values) : startOver();
      }
      if (!result.ok) {
        const placed = placeIssues(issuesOf(result.error), shown.current, (f) => rename(f, values));
        form.setErrors(placed.fieldErrors);
        setFormError(placed.formMessages.join(' ') || null);
        return focusFirst(Object.keys(placed.fieldErrors));
      }
      setFormError(null);
      baseline.current = values;
      handlers.onSaved?.(result.value, values);
    }, showErrors);

  return {
    ...form,
    // Touched-tracking is not used here: without it a field keeps its own onFocus (select-all on focus) wherever the props go.
    getInputProps: ((path, inputOptions) => form.getInputProps(path, { withFocus: false, ...inputOptions })) as typeof form.getInputProps,
    channel,
    saving,
    formError,
    setFormError,
    save,
    /** Something typed that a close would lose. */
    isUnsaved: () => options.asksBeforeDiscard !== false && !sameValues(form.getValues(), baseline.current),
    startOver,
    /** A value the app fills in (who is at the PC, once known): not something the person typed. */
    fillIn: <P extends keyof V & string>(path: P, value: V[P]) => {
      baseline.current = { ...baseline.current, [path]: value };
      form.setFieldValue(path as never, value as never);
    },
    /** The contract's message for `path` if it held `value`: why a keystroke was not taken. */
    explain: errorsOfAttempt,
    /** A count's box: its value, and the contract's reason when a minus sign or a decimal point is refused. */
    countProps: (path: string) => ({
      ...form.getInputProps(path as never),
      onRefused: (attempted: number) => form.setFieldError(path as never, errorsOfAttempt(path, attempted)),
    }),
    /** An error beside a field drawn without getInputProps (a chip group, a segmented control). */
    errorOf: (path: string): string | undefined => {
      shown.current.add(path);
      const error = form.errors[path];
      return error ? String(error) : undefined;
    },
  };
}

export type ContractFormApi<K extends ChannelName = ChannelName, V extends object = object> = ReturnType<typeof useContractForm<K, V>>;

/** Every dot path in the values (`sessions`, `sessions.0`, `sessions.0.date`), for placing the form's own messages. */
function* allPaths(value: unknown, prefix = ''): Generator<string> {
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    yield path;
    yield* allPaths(inner, path);
  }
}
