import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexedPng } from '../../src/lib/render/cards/png-encode.ts';

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

/** The chunks of a PNG, each with whether its CRC is right. */
function chunks(png: Buffer): Chunk[] {
  const found: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    found.push({ type, data, crcOk: png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return found;
}

/** Opaque RGBA pixels from a function of x and y. */
function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number?]): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b, a = 255] = colour(x, y);
      pixels.set([r, g, b, a], (y * width + x) * 4);
    }
  return pixels;
}

describe('an indexed-colour PNG', () => {
  it('is a valid PNG whose pixels decode to the image given', () => {
    const width = 7;
    const height = 5;
    const pixels = image(width, height, (x, y) =>
      y === 0 ? [164, 22, 26] : x < 3 ? [26, 26, 26] : [255 - x * 10, 255 - x * 10, 255 - x * 10],
    );
    const png = indexedPng(pixels, width, height)!;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([width, height, 8, 3]);
    const palette = parts[1]!.data;
    const rows = inflateSync(parts[2]!.data);
    expect(rows.length).toBe((width + 1) * height);
    for (let y = 0; y < height; y++) {
      expect(rows[y * (width + 1)]).toBe(0);
      for (let x = 0; x < width; x++) {
        const index = rows[y * (width + 1) + 1 + x]!;
        const p = (y * width + x) * 4;
        expect([...palette.subarray(index * 3, index * 3 + 3)]).toEqual([pixels[p], pixels[p + 1], pixels[p + 2]]);
      }
    }
  });

  it('is not made for an image of more than 256 colours, or with any transparency', () => {
    expect(
      indexedPng(
        image(300, 1, (x) => [x % 256, x >> 8, 0]),
        300,
        1,
      ),
    ).toBeUndefined();
    expect(
      indexedPng(
        image(256, 1, (x) => [x, 0, 0]),
        256,
        1,
      ),
    ).toBeDefined();
    expect(
      indexedPng(
        image(2, 2, (x) => [0, 0, 0, x === 1 ? 128 : 255]),
        2,
        2,
      ),
    ).toBeUndefined();
  });
});
