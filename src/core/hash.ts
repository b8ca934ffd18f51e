// A fast non-cryptographic fingerprint of a string (FNV-1a, two 32-bit lanes), for ids derived
// from text where sha256 would be overkill and must not be needed (the extractor runs in browsers).

/** Two 32-bit FNV-1a lanes over the UTF-16 code units of `text`. */
export function fnv1a2x32(text: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x811c9dc5);
  }
  return [h1 >>> 0, h2 >>> 0];
}
