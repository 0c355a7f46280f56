import type { ComponentPropsWithoutRef } from 'react';

type Props = Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'noValidate'> & {
  /** Runs on Enter in a field or a click on the submit button; a promise it returns is not waited for. */
  onSubmit: () => unknown;
};

/**
 * The app's form. The main process checks every input and its Korean message is shown beside the
 * field, so the browser's own validation bubbles (in English, for `required` fields) must never
 * appear: noValidate. Enter in a field still submits, and the page is never reloaded by it.
 * aria-label, className, onKeyDown and the like go to the <form> as given.
 */
export function SubmitForm({ onSubmit, children, ...form }: Props) {
  return (
    <form
      {...form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
