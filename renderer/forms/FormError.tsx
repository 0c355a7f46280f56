import { Alert } from '@mantine/core';
import { useFormState } from './formContext';

/** What went wrong that no field of the form shows (a form without FormFooter's buttons shows it here). */
export function FormError({ mt }: { mt?: string | number }) {
  const form = useFormState();
  if (!form?.formError) return null;
  return (
    <Alert color="red" role="alert" mt={mt}>
      {form.formError}
    </Alert>
  );
}
