import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreviewServer } from './previewServer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.PREVIEW_PORT ?? 5180);
const dataDir = path.resolve(process.env.PREVIEW_DATA_DIR ?? path.join(root, '.preview-data'));

const preview = await startPreviewServer({ port, dataDir, rendererDir: path.join(root, 'out', 'renderer') });
console.log(`미리보기: ${preview.url}  (데이터: ${dataDir}, 끝내려면 Ctrl+C)`);
const stop = () => preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
