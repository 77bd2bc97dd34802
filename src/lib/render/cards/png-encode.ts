/**
 * A card as an indexed-colour PNG. A card is a few flat colours and the
 * anti-aliased edges of its type, so its pixels rarely use more than 256
 * colours: one byte a pixel instead of four, which deflate packs in a
 * fraction of the time and bytes of resvg's own RGBA encoder. An image with
 * more colours, or any transparency, is not encoded here (undefined), and
 * the caller keeps resvg's PNG.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))));
  return Buffer.concat([head, data, crc]);
}

/** Opaque RGBA pixels as an 8-bit indexed PNG, or undefined when they need more than 256 colours or carry transparency. */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const palette = new Map<number, number>();
  // Each row starts with its filter type, 0 (none): flat colour compresses well without one.
  const rows = Buffer.alloc((width + 1) * height);
  let lastColour = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, p += 4) {
      if (rgba[p + 3] !== 255) return undefined;
      const colour = (rgba[p]! << 16) | (rgba[p + 1]! << 8) | rgba[p + 2]!;
      if (colour !== lastColour) {
        let index = palette.get(colour);
        if (index === undefined) {
          if (palette.size === 256) return undefined;
          index = palette.size;
          palette.set(colour, index);
        }
        lastColour = colour;
        lastIndex = index;
      }
      rows[row + x] = lastIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits an index, indexed colour, deflate, no filter method variant, no interlace
  const entries = Buffer.alloc(palette.size * 3);
  for (const [colour, index] of palette) entries.set([colour >> 16, (colour >> 8) & 255, colour & 255], index * 3);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', entries),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
