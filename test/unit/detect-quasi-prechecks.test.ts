import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function other(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'OTHER').map((finding) => finding.text);
}

// Some quasi rules skip their regex on a chunk without one of their words (a speed pre-check): the check must read
// letters case-insensitively, as the regexes do, so capitalised and mixed-case forms are still found.
describe('quasi-identifier rules with a word pre-check', () => {
  it('finds former service, national service and military trades in any capitalisation', () => {
    assert.deepEqual(other("Tom? He's Ex-Navy, like his dad."), ['Ex-Navy']);
    assert.deepEqual(other("he's ex-police."), ['ex-police']);
    assert.deepEqual(other('He did his National Service in the fifties.'), ['National Service']);
    assert.deepEqual(other('Eight years in the Army, Infantry, then the mill.'), ['Infantry']);
    assert.deepEqual(other('I was in the Signals.'), ['Signals']);
  });

  it('finds posts and former jobs in any capitalisation', () => {
    assert.deepEqual(other("I'm the Treasurer this year."), ['Treasurer']);
    assert.deepEqual(other('She is a Retired Solicitor now.'), ['Retired Solicitor']);
    assert.deepEqual(other("I'm a former nurse."), ['former nurse']);
  });

  it('still finds nothing where the words are absent or in passing', () => {
    assert.deepEqual(other('We went to the national park.'), []);
    assert.deepEqual(other('Nobody here served.'), []);
  });
});
