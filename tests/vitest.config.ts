import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Unit tests that do not depend on the engine the records are on (or test both engines themselves, or
 * only what SQLite has: its file, its backups, its processes): run once, in the SQLite project.
 */
const engineIndependent = [
  'tests/unit/appProtocol.test.ts',
  'tests/unit/backup.test.ts',
  'tests/unit/bundles.test.ts',
  'tests/unit/concurrentWriters.test.ts',
  'tests/unit/databaseStart.test.ts',
  'tests/unit/electronBuilder.test.ts',
  'tests/unit/electronegativity.test.ts',
  'tests/unit/killTrial.test.ts',
  'tests/unit/layering.test.ts',
  'tests/unit/mainProcess.test.ts',
  'tests/unit/migrations.test.ts',
  'tests/unit/officeConcurrency.test.ts',
  'tests/unit/officeOutage.test.ts',
  'tests/unit/officeServer.test.ts',
  'tests/unit/particles.test.ts',
  'tests/unit/photoFilesBefore010.test.ts',
  'tests/unit/previewRecovery.test.ts',
  'tests/unit/previewServer.test.ts',
  'tests/unit/schemaBothEngines.test.ts',
  'tests/unit/startupDialog.test.ts',
  'tests/unit/xlsxSheets.test.ts',
];

export default defineConfig({
  root,
  test: {
    // A PostgreSQL server for the whole run (MINWON_TEST_PG_URL, or a throw-away cluster) and a migrated template.
    globalSetup: ['tests/pg/globalSetup.ts'],
    projects: [
      {
        root,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', env: { MINWON_TEST_ENGINE: 'sqlite' } },
      },
      {
        root,
        // The same unit suite on an office server: every core a test makes is on a fresh PostgreSQL database.
        test: {
          name: 'unit-pg',
          include: ['tests/unit/**/*.test.ts'],
          exclude: engineIndependent,
          environment: 'node',
          env: { MINWON_TEST_ENGINE: 'postgres' },
        },
      },
      {
        root,
        plugins: [react()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        root,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // A dialog or a list may take seconds to show on a busy machine; a poll's 1 s default fails
          // the flow rather than the app.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
