import { PHOTO_MAX_WIDTH_MM } from '../../../shared/pledge/cardPage';
import type { PhotoBlock } from '../../../shared/pledge/cardDocument';
import { imageSize } from './imageSize';

/**
 * A photo on the card, in millimetres: its own size at 96 dpi, no wider than PHOTO_MAX_WIDTH_MM, keeping
 * its shape. A photo whose header cannot be read is placed as a 4:3 frame.
 */
export function photoSize(photo: PhotoBlock): { bytes: Buffer; pixels: { width: number; height: number }; widthMm: number; heightMm: number } {
  const bytes = Buffer.from(photo.contentBase64, 'base64');
  const pixels = imageSize(bytes) ?? { width: 400, height: 300 };
  const widthMm = Math.min(PHOTO_MAX_WIDTH_MM, (pixels.width * 25.4) / 96);
  return { bytes, pixels, widthMm, heightMm: (widthMm * pixels.height) / pixels.width };
}
