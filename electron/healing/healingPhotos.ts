import { randomUUID } from 'node:crypto';
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

export interface CheckedPhoto {
  content: Buffer;
  /** A name the app makes up (never the uploader's file name): the photo's label in the database. */
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/** The photo's type is decided by its first bytes, not by its name; a refused photo changes nothing. */
export function checkHealingPhoto(contentBase64: string): CheckedPhoto {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw new UserFacingError('invalid_input', '사진 파일이 비어 있습니다.', 'contentBase64');
  if (content.length > MAX_PHOTO_BYTES) throw new UserFacingError('invalid_input', '사진은 5MB 이하만 올릴 수 있습니다.', 'contentBase64');
  const kind = KINDS.find((k) => k.matches(content));
  if (!kind) throw new UserFacingError('invalid_input', 'JPG, PNG, WEBP 사진만 올릴 수 있습니다.', 'contentBase64');
  return { content, fileName: `${randomUUID()}.${kind.ext}`, mimeType: kind.mimeType, sizeBytes: content.length };
}
