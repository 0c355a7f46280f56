import type { Engine } from './db/engine';
import type { DownloadDesk } from './export/downloadDesk';
import type { Db } from './db/schema';
import type { Logger } from './log';
import type { SettingsService } from './settings/settingsService';
import type { StaffRepository } from './staff/staffRepository';

/** What every area's handlers may use: the database, the settings, the staff list, the log and the data folder. */
export interface CoreDeps {
  db: Db;
  /** Which engine the records are on, for the few concepts the engines spell differently. */
  engine: Engine;
  settings: SettingsService;
  staff: StaffRepository;
  log: Logger;
  /** The app's data folder: photos and other files an area keeps go under it, so backups keep them. */
  dataDir: string;
  /**
   * Renders one of the renderer's own pages (a hash route such as "/pledge/print?card=1") to PDF:
   * Electron prints it in a hidden window of the app, the preview in Chromium. Absent in unit tests.
   */
  printToPdf?: (route: string) => Promise<Buffer>;
}

/** What the areas whose files are streamed to a download use besides (the ledger, the interpretation list). */
export interface DownloadDeps {
  /** Reads at one moment for as long as a download takes (db/snapshotRead.ts). */
  readSnapshot: <T>(fn: (db: Db) => Promise<T>) => Promise<T>;
  /** Issues the one-time address a streamed file is fetched from (export/downloadDesk.ts). */
  downloads: DownloadDesk;
}
