// Draws media/icon.png (128×128): a transcript page with speaker lines, two of them redacted.
// Kept as a script so the icon can be regenerated without an image editor; uses only Node's zlib.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const size = 128;
const pixels = Buffer.alloc(size * size * 4);

function fillRect(x0, y0, x1, y1, [r, g, b, a = 255], radius = 0) {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + radius - x - 0.5, 0, x + 0.5 - (x1 - radius));
      const dy = Math.max(y0 + radius - y - 0.5, 0, y + 0.5 - (y1 - radius));
      if (radius && dx * dx + dy * dy > radius * radius) continue;
      const i = (y * size + x) * 4;
      pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = a;
    }
  }
}

fillRect(0, 0, 128, 128, [31, 78, 121], 22);          // background
fillRect(26, 16, 102, 112, [250, 250, 247], 6);        // page
const lines = [
  { y: 30, speaker: 14, text: 50, redact: false },
  { y: 46, speaker: 14, text: 40, redact: true },
  { y: 62, speaker: 14, text: 52, redact: false },
  { y: 78, speaker: 14, text: 34, redact: true },
  { y: 94, speaker: 14, text: 46, redact: false },
];
for (const line of lines) {
  fillRect(36, line.y, 36 + line.speaker, line.y + 7, [230, 145, 56], 2);               // speaker label
  const x = 36 + line.speaker + 4;
  fillRect(x, line.y, x + line.text, line.y + 7, line.redact ? [20, 20, 24] : [160, 168, 180], 2);
}

const raw = Buffer.alloc((size * 4 + 1) * size);
for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; header[9] = 6; // 8-bit RGBA
writeFileSync('media/icon.png', Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
]));
