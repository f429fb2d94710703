/**
 * The only way rule-supplied patterns run: RE2 semantics (re2js), linear in the input, so a rule
 * pack cannot stall a scan with catastrophic backtracking. Look-around and back-references are
 * rejected when the pack loads.
 */
import { RE2JS } from 're2js';

export interface SafeRegex {
  source: string;
  test(text: string): boolean;
  /** First match as offsets into `text`, or undefined. */
  find(text: string): { start: number; end: number } | undefined;
}

export function compileRegex(source: string): SafeRegex | { error: string } {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { error: `${message} (patterns use RE2 syntax: no look-around or back-references; use (?i) for case-insensitive)` };
  }
  return {
    source,
    test: (text) => re.test(text),
    find: (text) => {
      const m = re.matcher(text);
      return m.find() ? { start: m.start(), end: m.end() } : undefined;
    },
  };
}

export function isRegexError(r: SafeRegex | { error: string }): r is { error: string } {
  return 'error' in r;
}
