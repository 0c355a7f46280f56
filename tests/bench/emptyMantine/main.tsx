import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createRoot } from 'react-dom/client';

// The yardstick for the app's first page: Mantine's provider and nothing else, built the same way (vite, React plugin).
createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <div id="ready">준비됨</div>
  </MantineProvider>,
);
