import { Paper, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  value: ReactNode;
  /** For a figure that needs attention (연체) or is good news (대여 가능). */
  color?: string;
  p?: MantineSpacing;
  'aria-label'?: string;
}

/** One figure of a board, big, under what it counts. */
export function StatTile({ label, value, color, p = 'md', 'aria-label': ariaLabel }: Props) {
  return (
    <Paper withBorder p={p} aria-label={ariaLabel}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}
