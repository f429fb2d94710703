// Seeded pseudo-random numbers and word lists for the corpus generator. Same seed, same corpus.

/** mulberry32: a small, fast 32-bit PRNG; good enough to vary generated code, not for crypto. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['account', 'order', 'invoice', 'customer', 'payment', 'session', 'token', 'report', 'product', 'cart', 'shipment',
  'user', 'profile', 'tenant', 'project', 'ticket', 'comment', 'message', 'event', 'job', 'queue', 'record', 'audit', 'refund',
  'coupon', 'address', 'device', 'policy', 'quota', 'plan', 'webhook', 'export', 'upload', 'metric', 'alert', 'team', 'role'];
const VERBS = ['load', 'save', 'find', 'update', 'delete', 'create', 'sync', 'resolve', 'validate', 'build', 'render', 'fetch',
  'publish', 'archive', 'merge', 'apply', 'compute', 'refresh', 'import', 'notify', 'schedule', 'reconcile', 'normalize'];
const ADJ = ['active', 'pending', 'stale', 'primary', 'cached', 'remote', 'local', 'default', 'next', 'last', 'raw', 'safe'];

export class Rand {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  noun() {
    return this.pick(NOUNS);
  }
  verb() {
    return this.pick(VERBS);
  }
  /** camelCase identifier such as `pendingOrder` or `loadInvoice`. */
  camel(verb = false) {
    const head = verb ? this.verb() : this.pick(ADJ);
    return head + cap(this.noun());
  }
  snake(verb = false) {
    return `${verb ? this.verb() : this.pick(ADJ)}_${this.noun()}`;
  }
  pascal() {
    return cap(this.pick(ADJ)) + cap(this.noun());
  }
  /** n items produced by fn(i), joined by sep. */
  many(n, fn, sep = '\n') {
    return Array.from({ length: n }, (_, i) => fn(i)).join(sep);
  }
}

export function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Counts planted insecure patterns by the benchmark rule id that should report them, so a run can
 * check that both tools find what was planted. `maybe` plants with probability `rate`.
 */
export class Planter {
  constructor(rand, rate) {
    this.rand = rand;
    this.rate = rate;
    this.counts = {};
  }
  maybe(ruleId, bad, good) {
    if (this.rand.chance(this.rate)) {
      this.counts[ruleId] = (this.counts[ruleId] ?? 0) + 1;
      return bad;
    }
    return good;
  }
}
