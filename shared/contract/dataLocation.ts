import { z } from 'zod';
import { command, query } from './channel';
import { noInput } from './fields';

/** The office server's address as typed in Settings → 데이터 위치 (the password travels only to be sealed). */
export const serverInput = z.strictObject({
  host: z.string({ error: '서버 주소를 입력하세요.' }).trim().min(1, '서버 주소를 입력하세요.').max(255, '서버 주소는 255자 이내로 입력하세요.'),
  port: z.number({ error: '포트는 숫자로 입력하세요.' }).int('포트는 정수로 입력하세요.').min(1, '포트는 1~65535입니다.').max(65535, '포트는 1~65535입니다.'),
  database: z.string({ error: '데이터베이스 이름을 입력하세요.' }).trim().min(1, '데이터베이스 이름을 입력하세요.').max(63, '데이터베이스 이름은 63자 이내입니다.'),
  user: z.string({ error: '사용자 이름을 입력하세요.' }).trim().min(1, '사용자 이름을 입력하세요.').max(63, '사용자 이름은 63자 이내입니다.'),
  /** Empty keeps the password already sealed on this PC. */
  password: z.string({ error: '비밀번호는 글자로 입력하세요.' }).max(200, '비밀번호는 200자 이내입니다.'),
  tls: z.boolean({ error: 'TLS 사용 여부를 고르세요.' }),
});

export type ConnectionCheck =
  | { ok: true; serverVersion: string; schemaVersion: number; empty: boolean; message: string }
  | { ok: false; reason: 'unreachable' | 'wrong_password' | 'missing_database' | 'permission' | 'newer_schema' | 'collation' | 'tls' | 'other'; message: string };

export interface DataLocationView {
  engine: 'sqlite' | 'postgres';
  /** The server as saved, without its password. */
  server: { host: string; port: number; database: string; user: string; tls: boolean; passwordSaved: boolean } | null;
  /** Whether this PC can seal a password (the app can; the browser preview cannot, it keeps it for the session). */
  canSealPassword: boolean;
  /** This PC's own records file (이 PC). */
  localFile: string;
}

export interface MoveReport {
  tables: { table: string; rows: number }[];
  totalRows: number;
}

export const dataLocationContract = {
  'dataLocation.get': query<DataLocationView>()(noInput),
  /** Tries the server with the settings typed; changes nothing on it. */
  'dataLocation.test': query<ConnectionCheck>()(serverInput),
  /** Use this PC's own file, or the office server: the records reopen there at once. */
  'dataLocation.use': command<DataLocationView>()(
    z.discriminatedUnion('engine', [z.strictObject({ engine: z.literal('sqlite') }), z.strictObject({ engine: z.literal('postgres'), server: serverInput })], {
      error: '데이터 위치를 고르세요.',
    }),
  ),
  /** 이 PC의 기록을 사무실 서버로 옮기기: every row and photo in one transaction, counts compared; only into an empty server. */
  'dataLocation.moveToServer': command<MoveReport>()(z.strictObject({ server: serverInput })),
};
