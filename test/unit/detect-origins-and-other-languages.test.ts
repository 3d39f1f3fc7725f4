import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

/** The findings of one type, as texts in order. */
function of(type: string, text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === type).map((finding) => finding.text);
}

/** Whether some finding of `type` covers `part` of `text`. */
function flags(type: string, text: string, part: string): boolean {
  const start = text.indexOf(part);
  return analyze(text, { format: 'plain' }).some((finding) => finding.type === type && finding.start < start + part.length && finding.end > start);
}

// Classes the unseen set blind-m exposed (seventh session): origins in forms, organisations with a lower-case kind
// word, streets with a side of town, quasi identifiers said in other languages. Every line is synthetic.
describe('origins in forms, streets with a side of town, lower-case institutions', () => {
  it('flags every place of a birthplace or origin field, the country included', () => {
    // Before: only the country closing a birthplace after a comma was found; a bracketed town or a table cell was not.
    const form = 'Client: A. B.\n4. Country of birth: Eritrea (Keren, Anseba)\n';
    for (const part of ['Eritrea', 'Keren', 'Anseba']) assert.ok(flags('LOCATION', form, part), part);
    const table = '| Field | Entry |\n|---|---|\n| Birthplace | Ioannina, Epirus, Greece |\n';
    for (const part of ['Ioannina', 'Epirus', 'Greece']) assert.ok(flags('LOCATION', table, part), part);
    assert.ok(flags('LOCATION', 'Lieu de naissance : Cap-Haïtien, Haïti\n', 'Haïti'));
  });

  it('flags where an arrival field says someone came from or through, not where they live now', () => {
    const form = 'Arrived Canada: 1991, from Asmara via Cairo\n';
    assert.ok(flags('LOCATION', form, 'Asmara'));
    assert.ok(flags('LOCATION', form, 'Cairo'));
    assert.ok(!flags('LOCATION', form, 'Canada'));
  });

  it('flags the country that closes a place someone comes from, not a country in passing', () => {
    // Before: the town was flagged and the country after it was not.
    assert.ok(flags('LOCATION', 'I come from Bukavu, in South Kivu, in Congo. I am Bashi.', 'Congo'));
    assert.ok(flags('LOCATION', 'P4: From Waikare Bay originally, over in New Zealand. Twenty-nine.', 'New Zealand'));
    assert.ok(!flags('LOCATION', 'We went on holiday in Spain, and the food in Portugal was better.', 'Spain'));
  });

  it('keeps the side of town in a street name', () => {
    // Before: `Dundas Street West` was not found at all; `Avenue East` was cut off.
    assert.deepEqual(of('LOCATION', 'The shop was on Dundas Street West, near the park.'), ['Dundas Street West']);
    assert.deepEqual(of('LOCATION', 'We rent on Portage Avenue East now.'), ['Portage Avenue East']);
  });

  it('names an institution by a place and a lower-case kind word, a qualifier between', () => {
    assert.ok(of('ORGANIZATION', 'She was sent to the Tamworth base hospital for the scan.').includes('Tamworth base hospital'));
    assert.ok(of('ORGANIZATION', 'Dad is in the Jacaranda wing since March.').includes('Jacaranda wing'));
  });
});

describe('quasi identifiers said in other languages or as the only one', () => {
  it('flags family counts in Spanish, Portuguese, French, German and Italian, not `dos` meaning `of the`', () => {
    assert.deepEqual(of('OTHER', 'Ela tem oito netos e mora sozinha.'), ['oito netos']);
    assert.deepEqual(of('OTHER', 'Nous avons quatre petits-enfants au Québec.'), ['quatre petits-enfants']);
    assert.deepEqual(of('OTHER', 'Wir haben drei Kinder.'), ['drei Kinder']);
    assert.deepEqual(of('OTHER', 'Ele vem para cuidar dos netos.'), []);
  });

  it('flags being without papers in Portuguese and Italian', () => {
    assert.ok(flags('OTHER', 'Eu fiquei sem documentos por anos.', 'sem documentos'));
    assert.ok(flags('OTHER', 'Era senza documenti quando arrivò.', 'senza documenti'));
  });

  it('flags the only one of a people or a job, not a rule about many', () => {
    assert.ok(flags('OTHER', 'I was the only Somali girl in that class.', 'Somali'));
    assert.ok(flags('OTHER', 'Soy la única salvadoreña del turno.', 'salvadoreña'));
    assert.ok(flags('OTHER', 'He is the only male midwife on the unit.', 'midwife'));
    assert.deepEqual(of('OTHER', 'Only nurses can sign the form.'), []);
  });

  it('flags a community word for a job glossed by an English job', () => {
    assert.ok(flags('OTHER', 'My grandmother was a curandera, a healer, in the village.', 'curandera'));
    assert.deepEqual(of('OTHER', 'It was a long day, a hard one.'), []);
  });

  it('flags a visa by its subclass number after a cue, not any number', () => {
    assert.ok(flags('OTHER', 'She is on a 491 now, sponsored by the farm.', '491'));
    assert.ok(flags('OTHER', 'My visa is subclass 820.', '820'));
    assert.deepEqual(of('OTHER', 'We paid a 491 dollar fee for the visa.').filter((text) => text === '491'), []);
  });

  it('flags a pet named in brackets or in another language', () => {
    assert.ok(flags('OTHER', 'Lives with a parrot ("Kiko") and the grandson.', 'Kiko'));
    assert.ok(flags('OTHER', 'Tenho uma gatinha que se chama Pipoca.', 'Pipoca'));
  });
});
