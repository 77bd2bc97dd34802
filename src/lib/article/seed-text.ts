/**
 * Turns raw seed bytes into normalised text: UTF-8 only, no BOM, LF line
 * endings, no trailing whitespace, Unicode NFC. The words themselves are left
 * exactly as written.
 */
import { inputError } from '../model/errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSeed(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw inputError(file, 'the file is empty; a seed needs a title line and body text');
  if (looksBinary(bytes)) throw inputError(file, 'this is a binary file, not a plain-text article');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
    throw inputError(file, 'contains a NUL character; a seed must be plain text', { line });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw inputError(file, 'the file is not valid UTF-8 (it may be Latin-1 or Windows-1252); re-save it as UTF-8');
  }
  return normaliseText(text);
}

/** Many control characters in the first block mean it is not text at all. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return control > Math.max(1, sample.length * 0.05);
}

export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+$/u, ''))
    .join('\n')
    .normalize('NFC');
}
