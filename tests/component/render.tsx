import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { theme } from '../../renderer/app/theme';

export const renderWithTheme = (ui: ReactNode) => render(<MantineProvider theme={theme} env="test">{ui}</MantineProvider>);
