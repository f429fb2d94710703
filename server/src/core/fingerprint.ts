/**
 * Stable finding fingerprints: a hash of the rule, the path, the whitespace-normalised matched text
 * and its occurrence number among identical matches. Lines moving or unrelated edits leave them
 * unchanged.
 */

/**
 * Two FNV-1a 32-bit hashes with different offset bases over the UTF-16 code units, as 16 hex
 * digits: plenty for telling findings apart, not meant for security.
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
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
    return hash64(`${base}\u0000${n}`);
  });
}
