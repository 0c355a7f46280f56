/**
 * A string as long as the file's base64 would be: the contract's checks of a file (there is one, it
 * is not too large) run on it before anything is read, so the form says so beside the file box.
 */
export const base64StandIn = (file: File | null) => (file ? 'A'.repeat(Math.ceil(file.size / 3) * 4) : '');

/** The file's bytes as base64, for a channel that takes a photo or a spreadsheet. */
export const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
