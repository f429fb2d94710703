/** Dot paths used by `document` matchers: `a.b.*`, `**.containers`, `metadata.annotations."x.y/z"`. */

export function splitPath(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of path) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '.' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.filter((s) => s.length > 0);
}
