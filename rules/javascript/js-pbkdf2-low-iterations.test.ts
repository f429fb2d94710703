import crypto from 'node:crypto';

export function hashPassword(password: string, salt: Buffer) {
  // ruleid: js-pbkdf2-low-iterations
  return crypto.pbkdf2Sync(password, salt, 10000, 64, 'sha512').toString('hex');
}

export function deriveKey(password: string, salt: Buffer, cb: (err: Error | null, key: Buffer) => void) {
  // ruleid: js-pbkdf2-low-iterations
  crypto.pbkdf2(password, salt, 1_000, 32, 'sha256', cb);
}

export async function browserKey(password: string, salt: Uint8Array) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    // ruleid: js-pbkdf2-low-iterations
    { name: 'PBKDF2', salt, iterations: 50000, hash: 'SHA-256' },
    base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  );
}

export function hashPassword2(password: string, salt: Buffer) {
  // ok: js-pbkdf2-low-iterations
  return crypto.pbkdf2Sync(password, salt, 600_000, 64, 'sha256').toString('hex');
}

export async function browserKey2(password: string, salt: Uint8Array, base: CryptoKey) {
  return crypto.subtle.deriveKey(
    // ok: js-pbkdf2-low-iterations
    { name: 'PBKDF2', salt, iterations: 600000, hash: 'SHA-256' },
    base, { name: 'AES-GCM', length: 256 }, false, ['encrypt'],
  );
}

// ruleid: js-pbkdf2-low-iterations
export const PARAMS = { hash: 'SHA-1', iterations: 4096, name: 'PBKDF2' };

const ITERATIONS = 1000;
export function legacy(password: string, salt: Buffer) {
  // todoruleid: js-pbkdf2-low-iterations
  return crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha1');
}
