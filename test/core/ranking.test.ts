import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atLeast, bandOf, rank } from '../../server/src/core/ranking';

test('base scores follow impact x likelihood x confidence', () => {
  const cases: [Parameters<typeof rank>[0], number, string][] = [
    [{ impact: 'critical', likelihood: 'high', confidence: 'high' }, 10, 'critical'],
    [{ impact: 'critical', likelihood: 'medium', confidence: 'high' }, 8.5, 'high'],
    [{ impact: 'high', likelihood: 'high', confidence: 'high' }, 8.5, 'high'],
    [{ impact: 'high', likelihood: 'medium', confidence: 'high' }, 7.2, 'high'],
    [{ impact: 'high', likelihood: 'low', confidence: 'high' }, 6, 'medium'],
    [{ impact: 'high', likelihood: 'medium', confidence: 'medium' }, 6.5, 'medium'],
    [{ impact: 'medium', likelihood: 'high', confidence: 'high' }, 6, 'medium'],
    [{ impact: 'medium', likelihood: 'low', confidence: 'low' }, 3.2, 'low'],
    [{ impact: 'low', likelihood: 'high', confidence: 'high' }, 3, 'low'],
  ];
  for (const [input, score, band] of cases) {
    const r = rank(input, { testCode: false });
    assert.equal(r.score, score, JSON.stringify(input));
    assert.equal(r.band, band, JSON.stringify(input));
  }
});

test('exposure and environment raise the rank; test code halves it', () => {
  const base = { impact: 'high', likelihood: 'high', confidence: 'high' } as const;
  assert.equal(rank({ ...base, exposure: 'internet' }, { testCode: false }).score, 9.5);
  assert.equal(rank({ ...base, exposure: 'internet' }, { testCode: false }).band, 'critical');
  assert.equal(rank({ ...base, exposure: 'local' }, { testCode: false }).score, 7.5);
  assert.equal(rank(base, { testCode: false, environment: { name: 'production', delta: 1 } }).score, 9.5);
  assert.equal(rank(base, { testCode: true }).score, 4.3);
  assert.equal(rank({ ...base, exposure: 'internet' }, { testCode: false, environment: { name: 'production', delta: 1 } }).score, 10, 'clamped at 10');
});

test('an internet-exposed misconfiguration outranks a theoretical injection', () => {
  const bucket = rank({ impact: 'high', likelihood: 'high', confidence: 'high', exposure: 'internet' }, { testCode: false });
  const injection = rank({ impact: 'critical', likelihood: 'low', confidence: 'medium' }, { testCode: false });
  assert.ok(bucket.score > injection.score, `${bucket.score} > ${injection.score}`);
});

test('the breakdown explains every step in order and ends at the score', () => {
  const r = rank({ impact: 'high', likelihood: 'medium', confidence: 'medium', exposure: 'internet' }, { testCode: true, environment: { name: 'prod', delta: 1 } });
  assert.deepEqual(r.breakdown.map((s) => s.factor), ['impact', 'likelihood', 'confidence', 'exposure', 'environment', 'test-code']);
  assert.equal(r.breakdown.at(-1)?.score, r.score);
  assert.match(r.breakdown[4]?.detail ?? '', /prod/);
});

test('band thresholds match GitHub security-severity bands', () => {
  assert.equal(bandOf(9.0), 'critical');
  assert.equal(bandOf(8.9), 'high');
  assert.equal(bandOf(7.0), 'high');
  assert.equal(bandOf(6.9), 'medium');
  assert.equal(bandOf(4.0), 'medium');
  assert.equal(bandOf(3.9), 'low');
  assert.equal(bandOf(0.1), 'low');
  assert.equal(bandOf(0), 'info');
  assert.ok(atLeast('critical', 'high'));
  assert.ok(atLeast('high', 'high'));
  assert.ok(!atLeast('medium', 'high'));
});
