import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnnotations } from '../../server/src/core/ruleTests';

test('annotations apply to the next code line, or to their own line when trailing code', () => {
  const text = ['// ruleid: a', 'x();', 'y(); // ok: a', '# todoruleid: a, b', '', 'z()', '{/* ruleid: a */}', '<div/>', '  "//": "ruleid: c",', '  "k": 1'].join('\n');
  assert.deepEqual(parseAnnotations(text).map((a) => [a.kind, a.ruleIds.join('+'), a.line + 1]), [
    ['ruleid', 'a', 2], ['ok', 'a', 3], ['todoruleid', 'a+b', 6], ['ruleid', 'a', 8], ['ruleid', 'c', 10],
  ]);
});
