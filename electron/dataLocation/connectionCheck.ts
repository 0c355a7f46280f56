import type { ConnectionCheck } from '../../shared/contract/dataLocation';
import { latestSchemaVersion, postgresSchemaVersion } from '../db/migrator';
import { postgresPool, type PostgresLocation } from '../db/postgres/postgresDialect';

const code = (error: unknown) => (error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '');

/**
 * "연결 시험": reaches the server with the settings typed, and says in Korean what is wrong: the host
 * does not answer, the password is wrong, the database does not exist, it sorts text differently
 * from what the app needs, or it was set up by a newer version of the app. Changes nothing on it.
 */
export async function checkConnection(server: PostgresLocation): Promise<ConnectionCheck> {
  const pool = postgresPool(server, 1);
  try {
    const info = await pool.query<{ collate: string; version: string }>(
      `SELECT datcollate AS collate, current_setting('server_version') AS version FROM pg_database WHERE datname = current_database()`,
    );
    const { collate, version } = info.rows[0];
    if (!['C', 'POSIX', 'C.UTF-8', 'C.utf8'].includes(collate)) {
      return {
        ok: false,
        reason: 'collation',
        message: `데이터베이스의 정렬 방식이 '${collate}'입니다. 이 프로그램은 C 정렬로 만든 데이터베이스가 필요합니다(README의 만드는 방법 참고).`,
      };
    }
    const schema = await postgresSchemaVersion(pool);
    const mayCreate = (await pool.query<{ may: boolean }>(`SELECT has_schema_privilege(current_user, current_schema(), 'CREATE') AS may`)).rows[0].may;
    if (schema === 0 && !mayCreate) {
      return { ok: false, reason: 'permission', message: '이 사용자에게 데이터베이스에 표를 만들 권한이 없습니다. 서버 관리자에게 이 사용자를 데이터베이스 소유자로 정해 달라고 하세요(README 참고).' };
    }
    if (schema > latestSchemaVersion()) {
      return { ok: false, reason: 'newer_schema', message: `서버의 기록이 이 프로그램보다 새 버전에서 만들어졌습니다(서버 ${schema}판, 프로그램 ${latestSchemaVersion()}판). 프로그램을 최신 버전으로 설치하세요.` };
    }
    const staff = schema > 0 ? Number((await pool.query('SELECT count(*) AS n FROM staff')).rows[0].n) : 0;
    return { ok: true, serverVersion: version, schemaVersion: schema, empty: staff === 0, message: schema === 0 ? '연결되었습니다. 빈 데이터베이스입니다.' : `연결되었습니다. 직원 ${staff}명이 등록된 기록입니다.` };
  } catch (error) {
    return describeFailure(error);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

function describeFailure(error: unknown): ConnectionCheck {
  const c = code(error);
  if (c === '28P01' || c === '28000') return { ok: false, reason: 'wrong_password', message: '사용자 이름이나 비밀번호가 맞지 않습니다.' };
  if (c === '3D000') return { ok: false, reason: 'missing_database', message: '그 이름의 데이터베이스가 서버에 없습니다. 서버 관리자에게 데이터베이스 이름을 확인하세요.' };
  if (['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(c) || (error instanceof Error && /timeout|terminated/i.test(error.message))) {
    return { ok: false, reason: 'unreachable', message: '서버에 연결할 수 없습니다. 주소와 포트, 네트워크 연결을 확인하세요.' };
  }
  if (error instanceof Error && /SSL|TLS/i.test(error.message)) {
    return { ok: false, reason: 'tls', message: '보안 연결(TLS) 설정이 서버와 맞지 않습니다. TLS 사용 여부를 바꿔 보세요.' };
  }
  return { ok: false, reason: 'other', message: '서버에 연결하지 못했습니다. 연결 설정을 확인하세요.' };
}

