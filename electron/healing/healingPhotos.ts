import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_PHOTO_BYTES } from '../../shared/contract/healing';
import { UserFacingError } from '../../shared/result';

const KINDS = [
  { mimeType: 'image/jpeg', ext: 'jpg', matches: (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimeType: 'image/png', ext: 'png', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  {
    mimeType: 'image/webp',
    ext: 'webp',
    matches: (b: Buffer) => b.length > 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
] as const;

/** Names the app itself generates; anything else in the database is refused rather than joined into a path. */
const SAFE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp)$/;

/**
 * Healing photos as files in the data folder (photos/healing/), so the app's backups of the data
 * folder carry them. The file type is decided by the file's first bytes, not by its name.
 */
export function healingPhotoStore(dataDir: string) {
  const dir = path.join(dataDir, 'photos', 'healing');
  const pathOf = (fileName: string) => {
    if (!SAFE_NAME.test(fileName)) throw new Error(`unsafe photo file name in the database: ${fileName.slice(0, 60)}`);
    return path.join(dir, fileName);
  };

  return {
    /** Checks the bytes and writes them under a new name; nothing is written when they are refused. */
    write(contentBase64: string): { fileName: string; mimeType: string; sizeBytes: number } {
      const bytes = Buffer.from(contentBase64, 'base64');
      if (bytes.length === 0) throw new UserFacingError('invalid_input', '사진 파일이 비어 있습니다.', 'contentBase64');
      if (bytes.length > MAX_PHOTO_BYTES) throw new UserFacingError('invalid_input', '사진은 5MB 이하만 올릴 수 있습니다.', 'contentBase64');
      const kind = KINDS.find((k) => k.matches(bytes));
      if (!kind) throw new UserFacingError('invalid_input', 'JPG, PNG, WEBP 사진만 올릴 수 있습니다.', 'contentBase64');
      const fileName = `${randomUUID()}.${kind.ext}`;
      fs.mkdirSync(dir, { recursive: true });
      // 'wx': never overwrite an existing file, however unlikely a repeated uuid is.
      fs.writeFileSync(pathOf(fileName), bytes, { flag: 'wx' });
      return { fileName, mimeType: kind.mimeType, sizeBytes: bytes.length };
    },

    dataUrl(fileName: string, mimeType: string): string {
      return `data:${mimeType};base64,${fs.readFileSync(pathOf(fileName)).toString('base64')}`;
    },

    /** Removing a file that is already gone is not an error: the record is what matters. */
    remove(fileName: string) {
      fs.rmSync(pathOf(fileName), { force: true });
    },
  };
}

export type HealingPhotoStore = ReturnType<typeof healingPhotoStore>;
