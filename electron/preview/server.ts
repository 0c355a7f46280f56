import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseStartError } from '../core';
import { startPreviewServer } from './previewServer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.PREVIEW_PORT ?? 5180);
const dataDir = path.resolve(process.env.PREVIEW_DATA_DIR ?? path.join(root, '.preview-data'));

const recover = process.env.PREVIEW_RECOVER === 'backup' ? 'restore_backup' : process.env.PREVIEW_RECOVER === 'empty' ? 'start_empty' : undefined;

let preview: Awaited<ReturnType<typeof startPreviewServer>>;
try {
  preview = await startPreviewServer({ port, dataDir, rendererDir: path.join(root, 'out', 'renderer'), recover });
} catch (error) {
  if (!(error instanceof DatabaseStartError)) throw error;
  // The preview has no dialog: it says what is wrong and how to choose, and changes nothing.
  console.error(`기록 파일을 열 수 없습니다: ${error.message}`);
  console.error(`파일: ${error.file} (지우거나 고치지 않았습니다)`);
  if (error.problem.kind !== 'network_location') {
    console.error('다음 중 하나로 다시 시작하세요. 어느 쪽이든 지금 파일은 날짜를 붙인 이름으로 옮겨 둡니다.');
    console.error('  PREVIEW_RECOVER=backup npm run preview   최근 백업으로 되살리기');
    console.error('  PREVIEW_RECOVER=empty npm run preview    빈 데이터로 시작');
  }
  process.exit(2);
}
console.log(`미리보기: ${preview.url}  (데이터: ${dataDir}, 끝내려면 Ctrl+C)`);
const stop = () => preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
