import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const flagged = (text: string): string[] => analyze(text, { format: 'plain' }).map((finding) => `${finding.type} ${finding.text}`);

/** Code labels of analysis exports, common nouns of other languages and years in export headers are no identifiers. */
describe('coding exports and common nouns of other languages', () => {
  it('reads NVivo node names and MAXQDA codes as codes, but a name field as a name', () => {
    // Before: `Saúde`, `Barreiras`, `Idioma` and `Trabaho` were persons.
    assert.deepEqual(flagged('Name: Saúde\\Barreiras\\Idioma\n'), []);
    assert.deepEqual(flagged('Document: Interview_06_Marites   Code: Trabaho > Shift work   Weight: 0\n'), ['PERSON Marites']);
    assert.deepEqual(flagged('Code System: Pamilya > Remittances | Kalusugan > Burnout\n'), []);
    assert.deepEqual(flagged('Name: Maria Santos\n'), ['PERSON Maria Santos']);
  });

  it('does not take a capitalised noun, number or weekday of another language for a name, and keeps the names', () => {
    // Before: `Três` was a person and `Linggo` (Sunday) an organisation.
    assert.deepEqual(flagged('R: Igreja ajuda muito. Quem fala inglês é o Davi. Três meses sem pagar.\n'), ['PERSON Davi']);
    assert.deepEqual(flagged('R: Sabado at Linggo ako naka-night shift. Kung may sakit, si Ate Lorna ang tinatawagan.\n'), ['PERSON Ate Lorna']);
    // Before: `Мамо` (Mum, calling her) was a person.
    assert.deepEqual(flagged('She calls "Мамо, ходи їсти" every night.\n'), []);
  });

  it('does not take a Tagalog article after a kinship word for a name', () => {
    // Before: `sa` (after `nurse`, read as `named`) and `si` (after `mother-in-law`) were persons.
    const text = 'R: Ako lang ang male nurse sa floor namin. My daughter is with my mother-in-law, si Lola Remy, in Palo.\n';
    assert.deepEqual(flagged(text).filter((span) => span.startsWith('PERSON')), ['PERSON Lola Remy']);
  });

  it('leaves a year in an NVivo source path alone, not the names in it or a year in the text', () => {
    // Before: the `2023` of every reference header was an occasion.
    const header = '<Files\\\\Entrevistas 2023\\\\E07_Rosangela_Framingham> - § 2 references coded [3.84% Coverage]\n';
    assert.ok(!flagged(header).includes('DATE 2023'), flagged(header).join(' | '));
    assert.ok(flagged(header).includes('PERSON Rosangela'));
    assert.ok(flagged('R: I came here in 2023.\n').includes('DATE 2023'));
    assert.ok(!flagged('MAXQDA 2022 - Retrieved Segments\n').includes('DATE 2022'));
  });
});

describe('caption identifiers', () => {
  const vtt = (text: string): string[] => analyze(text, { format: 'vtt' }).map((finding) => `${finding.type} ${finding.text}`);

  it('leaves a caption identifier made of codes alone, as Teams writes it, and still reads the captions', () => {
    // Before: the first eight hex digits of every Teams cue identifier were an ID number.
    const text =
      'WEBVTT\n\nf3754754-13a9-4b48-8f53-c177b1edae28/12-0\n00:00:01.250 --> 00:00:04.000\n<v Dana Whitaker>Call me on 07700 900123.</v>\n\n' +
      'cue-17\n00:00:05.000 --> 00:00:06.000\nMy NHS number is 943 476 5919.\n';
    assert.deepEqual(vtt(text), ['PERSON Dana Whitaker', 'CONTACT 07700 900123', 'ID 943 476 5919']);
  });

  it('still reads a caption line before a timing when no blank line sets it apart as an identifier, or one with words', () => {
    const text = 'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nring me\n07700 900456\n00:00:07.000 --> 00:00:08.000\nyes\n\nMaria Lopez 3\n00:00:09.000 --> 00:00:10.000\nx\n';
    assert.deepEqual(vtt(text), ['CONTACT 07700 900456', 'PERSON Maria Lopez']);
  });
});
