/**
 * Secret redaction for every output: findings of `secret` rules never carry the secret itself,
 * and common credential shapes are masked in any snippet or message.
 */

const CREDENTIAL_SHAPES: RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk_(live|test)_[A-Za-z0-9]{10,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /(:\/\/[^:/\s]+:)[^@/\s]{3,}(@)/g,
];

/** Keeps a short prefix so a person can recognise which value it was. */
export function maskValue(value: string): string {
  if (value.length <= 4) return '****';
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}****`;
}

export function redactText(text: string): string {
  let out = text;
  for (const re of CREDENTIAL_SHAPES) {
    out = out.replace(re, (m: string, ...groups: unknown[]) => {
      const [g1, g2] = groups;
      if (typeof g1 === 'string' && typeof g2 === 'string' && g1.startsWith('://')) return `${g1}****${g2}`;
      return maskValue(m);
    });
  }
  return out;
}
