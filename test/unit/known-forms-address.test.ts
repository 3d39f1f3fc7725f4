import assert from 'node:assert/strict';
import { analyze } from '../../src/core';

/** A known form inside an e-mail address or URL must not split it: the whole address is the identifier. */
describe('known forms inside addresses', () => {
  const knownForms = [{ form: 'Millbrook', type: 'LOCATION' as const }];
  const spans = (text: string): string[] => analyze(text, { knownForms }).map((finding) => `${finding.type} ${finding.text}`);

  it('leaves an e-mail address containing a known form whole, as CONTACT', () => {
    assert.ok(spans('Write to bookings@millbrook-centre.example.org today.').includes('CONTACT bookings@millbrook-centre.example.org'));
  });

  it('leaves a web address containing a known form whole', () => {
    const found = spans('See https://millbrook-centre.example.org/events for dates.');
    assert.ok(found.some((span) => span.startsWith('CONTACT https://millbrook-centre')), found.join(' | '));
  });

  it('still flags the known form next to punctuation that is not an address', () => {
    assert.ok(spans('We met in Millbrook, then drove on.').includes('LOCATION Millbrook'));
    assert.ok(spans('Millbrook/Greyhaven bus').includes('LOCATION Millbrook'));
    assert.ok(spans('(Millbrook)').includes('LOCATION Millbrook'));
  });
});
