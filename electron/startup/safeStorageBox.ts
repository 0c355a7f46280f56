import { safeStorage } from 'electron';
import type { SecretBox } from '../dataLocation/dataLocation';

/**
 * The office server's password, sealed for this PC's Windows user (DPAPI through Electron's
 * safeStorage): the settings file holds only the sealed bytes, never the password.
 */
export const safeStorageBox: SecretBox = {
  available: () => safeStorage.isEncryptionAvailable(),
  seal: (text) => safeStorage.encryptString(text).toString('base64'),
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};
