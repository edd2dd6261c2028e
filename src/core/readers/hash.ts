/**
 * A short, stable id for long or missing source ids: two 32-bit FNV-1a
 * hashes (of the text and of its reverse order of mixing), 16 hex digits.
 * Not cryptographic and needs not be: it only has to be the same on every
 * run and every machine, in the browser and in Node, without node:crypto.
 */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ (c + i), 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
