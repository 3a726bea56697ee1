/**
 * OneDrive's QuickXorHash (the only hash SharePoint Online reports in `file.hashes`): each input
 * byte is XORed into a 160-bit register at a bit offset that advances by 11 per byte, then the
 * input length (64-bit little-endian) is XORed into the last 8 bytes; the result is base64.
 * Because 160 × 11 ≡ 0 (mod 160), bytes 160 apart land at the same offset, so the input is first
 * folded into 160 byte-buckets and the register is built from those.
 */
const WIDTH_BYTES = 20;
const WIDTH_BITS = WIDTH_BYTES * 8;
const SHIFT = 11;

export function quickXorHash(data: Uint8Array): string {
  const buckets = new Uint8Array(WIDTH_BITS);
  for (let i = 0; i < data.length; i++) buckets[i % WIDTH_BITS]! ^= data[i]!;
  const register = new Uint8Array(WIDTH_BYTES);
  for (let k = 0; k < WIDTH_BITS; k++) {
    const byte = buckets[k]!;
    if (byte === 0) continue;
    const offset = (k * SHIFT) % WIDTH_BITS;
    const index = offset >> 3;
    const shift = offset & 7;
    register[index]! ^= (byte << shift) & 0xff;
    if (shift !== 0) register[(index + 1) % WIDTH_BYTES]! ^= byte >> (8 - shift);
  }
  let length = data.length;
  for (let i = 0; i < 8; i++) {
    register[WIDTH_BYTES - 8 + i]! ^= length % 256;
    length = Math.floor(length / 256);
  }
  return Buffer.from(register).toString('base64');
}
