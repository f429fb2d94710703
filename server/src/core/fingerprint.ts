/**
 * Stable finding fingerprints: a hash of the rule, the path, the whitespace-normalised matched text
 * and its occurrence number among identical matches. Lines moving or unrelated edits leave them
 * unchanged.
 */

/** 64-bit FNV-1a as 16 hex digits; plenty for de-duplicating findings, not for security. */
export function fnv1a64(text: string): string {
  let h1 = 0x84222325;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 ^= c & 0xff;
    h2 ^= c >>> 8;
    // multiply the 64-bit value (h2:h1) by the FNV prime 0x100000001b3
    const lo = h1 * 0x1b3;
    const hi = h2 * 0x1b3 + (h1 << 8) + Math.floor(lo / 0x100000000);
    h1 = lo >>> 0;
    h2 = hi >>> 0;
  }
  return h2.toString(16).padStart(8, '0') + h1.toString(16).padStart(8, '0');
}

export function normaliseForFingerprint(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Assigns fingerprints in document order so the n-th identical match keeps its number. */
export function fingerprints(items: { ruleId: string; path: string; text: string }[]): string[] {
  const counts = new Map<string, number>();
  return items.map((it) => {
    const base = `${it.ruleId}\u0000${it.path}\u0000${normaliseForFingerprint(it.text)}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    return fnv1a64(`${base}\u0000${n}`);
  });
}
