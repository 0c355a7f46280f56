import { TextInput, type TextInputProps } from '@mantine/core';

type Props = TextInputProps & {
  label: string;
  /** Where the reason ends up, so the person writes it for that reader. */
  description: string;
};

/** The reason a dialog asks for and keeps on record; 200 characters at most, as the main checks. */
export function ReasonInput(props: Props) {
  return <TextInput required data-autofocus maxLength={200} {...props} />;
}
