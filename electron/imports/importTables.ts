import type { Generated } from 'kysely';
import type { EarlierTotalArea, ImportArea } from '../../shared/contract/imports';

/** 016: one file (and sheet) saved by the import wizard. */
export interface ImportBatchTable {
  id: Generated<number>;
  area: ImportArea;
  file_name: string;
  sheet: string;
  card_id: number | null;
  rows_added: number;
  rows_skipped: number;
  created_at: string;
  created_by: number | null;
  created_desk: string | null;
}

/** 016: an imported row, its source (batch, row) and the record it became; the fingerprint keeps it from coming in twice. */
export interface ImportedRecordTable {
  id: Generated<number>;
  batch_id: number;
  area: ImportArea;
  fingerprint: string;
  row_no: number;
  record_table: string;
  record_id: number | null;
  record_key: Generated<string>;
}

/** 016: 이전 집계, a paper report's count for a month or a year of one line of the card. */
export interface EarlierTotalTable {
  id: Generated<number>;
  area: EarlierTotalArea;
  item: Generated<string>;
  period: string;
  card_id: number | null;
  count: number;
  people: number | null;
  departments: number | null;
  source: string;
  created_at: string;
  created_by: number | null;
  created_desk: string | null;
  updated_at: string;
  updated_by: number | null;
  updated_desk: string | null;
}

export interface ImportTables {
  import_batch: ImportBatchTable;
  imported_record: ImportedRecordTable;
  earlier_total: EarlierTotalTable;
}
