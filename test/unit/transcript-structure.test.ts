import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { parseTranscript } from '../../src/core/transcript';
import type { FindingType } from '../../src/core/types';

function flagged(text: string, type: FindingType = 'PERSON'): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === type).map((finding) => finding.text);
}

describe('transcript structure: label lines before a time', () => {
  it('reads `Name  0:04` on its own line (Otter, Zoom, Teams exports) as a speaker label, roles included', () => {
    const text = 'Tavita Lealaiauloto  0:04\nRight, we are recording.\n\nSpeaker 2\t1:20\nYeah.\n\nOrla Ní Bhraonáin (00:12:41)\nGo on.\n';
    const labels = parseTranscript(text, 'plain').speakers.map((label) => [label.name, label.isRole]);
    assert.deepEqual(labels, [['Tavita Lealaiauloto', false], ['Speaker 2', true], ['Orla Ní Bhraonáin', false]]);
    assert.deepEqual(flagged(text), ['Tavita Lealaiauloto', 'Orla Ní Bhraonáin']);
  });

  it('does not read a line of text that ends in a time as a label', () => {
    const text = 'We met at 10:30\nand it ran late.\nLunch 12:30\n';
    assert.deepEqual(parseTranscript(text, 'plain').speakers, []);
  });

  it('treats the first word of the turn under a label line as a sentence start', () => {
    // Before: the turn's first word was read as mid-sentence, so the opener stayed in the name ("Then Dymphna").
    assert.deepEqual(flagged('Brigid Okafor-Mills  2:15\nThen Dymphna drove us home.\n'), ['Brigid Okafor-Mills', 'Dymphna']);
  });
});

describe('transcript structure: role labels and header fields', () => {
  it('reads call, hearing, meeting and oral-history roles as roles, not names', () => {
    // Before: `Caller:`, `Case Worker:`, `Narrator:` and `Recorded:` were each flagged as a person's name.
    const text =
      'Narrator: Rayburn Tolliver\nRecorded: at home\nCaller: Hi, it is about the bill.\nCase Worker: Go on.\n' +
      'Grievant: I was not told.\nAgency: Riverside Support\nChair: Item two.\nJudge Okafor: Sit down.\n';
    assert.deepEqual(flagged(text), ['Rayburn Tolliver', 'Judge Okafor']);
    // Before: a `Transcript:` header line was flagged as a speaker's name.
    assert.deepEqual(flagged('Project: Night Shifts\nTranscript: interview 04, recorded by phone\n'), []);
  });

  it('keeps a label that is a name among role words a name', () => {
    const labels = parseTranscript('Rose: Morning.\nHost: Welcome back.\nCoach Dlamini: Thanks.\n', 'plain').speakers;
    assert.deepEqual(labels.map((label) => [label.name, label.isRole]), [['Rose', false], ['Host', true], ['Coach Dlamini', false]]);
  });
});

describe('transcript structure: WebVTT headers and notes', () => {
  it('reads a name in a NOTE or the WEBVTT title line, but never the keywords or STYLE blocks', () => {
    // Before: the whole NOTE line was scaffolding, so "Rotimi Adewale" in a transcriber's note stayed visible.
    const vtt = 'WEBVTT - interview with Rotimi Adewale\n\nNOTE checked by Rotimi Adewale\n\nSTYLE\n::cue { color: lime }\n\n' +
      '1\n00:00:01.000 --> 00:00:04.000\nHello.\n';
    const names = analyze(vtt, { format: 'vtt' }).map((finding) => finding.text);
    assert.deepEqual(names, ['Rotimi Adewale', 'Rotimi Adewale']);
  });
});

describe('transcript structure: lower-case speaker labels', () => {
  it('reads a lower-case name before a colon as a label, after a bracketed note too, but not an English word', () => {
    // Before: "ravi:" and "tama:" in exported voice-note captions were read as text, so neither name was found.
    const text = '[voice note 02 · 1:12] ravi: hi its ravi here\n\n[voice note 03 · 0:54] tama: kia ora tama here\n\nupdate: the audio cut out\n';
    const labels = parseTranscript(text, 'plain').speakers.map((label) => label.name);
    assert.deepEqual(labels, ['ravi', 'tama']);
    assert.deepEqual(flagged(text), ['ravi', 'ravi', 'tama', 'tama']);
  });

  it('reads a lower-case given name that is also a word as a label only after a bracketed note or a time', () => {
    // Before: "lucky:" was read as text, being an English word, so the rider's name stayed visible.
    const text = '[voice note 09 · 1:47] lucky: hey all sorry late\n\n[voice note 10 · 0:31] kiri: kia ora\n\nhope: the audio cut out here\n';
    assert.deepEqual(flagged(text), ['lucky', 'kiri']);
    // In Markdown bold too: `**hope:**` is a label even in a transcript typed all in lower case.
    const markdown = '**facilitator:** go round.\n\n**jade:** jade. snapchat.\n\n**hope:** hope. tiktok.\n';
    assert.deepEqual(analyze(markdown, { format: 'markdown' }).map((finding) => finding.text), ['jade', 'hope']);
  });
});

describe('transcript structure: lower-case label lines before a time', () => {
  it('reads `thaís oliveira  0:05` as a speaker label in an automatic transcript, but not an English line ending in a time', () => {
    // Before: lower-case label lines were read as text and the speaker's name was missed.
    const text = 'thaís oliveira  0:05\nyes i can hear you\n\nspeaker 2  0:07\nhello\n\nwe met at  10:30\nand then\n';
    assert.deepEqual(parseTranscript(text, 'plain').speakers.map((label) => [label.name, label.isRole]), [['thaís oliveira', false], ['speaker 2', true]]);
  });
});

describe('transcript structure: meeting chat exports', () => {
  it('reads the sender of a chat line as a label, and their given name later in lower case, but not prose with "From"', () => {
    // Before: "From Priya Nair" was flagged with the word "From", and "priya" alone later stayed visible.
    const text = '10:15:32 From Priya Nair to Everyone: sorry i was late\n10:16:01 From Jonas Otieno to Everyone: no worries priya\n' +
      'From the start to the end: it was fine.\n';
    assert.deepEqual(flagged(text), ['Priya Nair', 'Jonas Otieno', 'priya']);
  });
});

describe('transcript structure: roles and names in brackets', () => {
  it('reads the name in `ROLE (NAME):` and `NAME (ROLE):`, in Markdown bold too', () => {
    // Before: "AGNIESZKA" in brackets after the role, and "ZBIGNIEW" inside bold markup, were missed.
    const text = '**RESIDENT (AGNIESZKA):** Can I ask.\n\n**ZBIGNIEW (RESIDENT):** Twenty years.\n\nINTERVIEWER (Male): Go on.\n';
    assert.deepEqual(analyze(text, { format: 'markdown' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text), ['AGNIESZKA', 'ZBIGNIEW']);
  });
});

describe('transcript structure: messaging-app exports', () => {
  const chat = [
    '3/9/2025, 18:40 - Messages and calls are end-to-end encrypted. Only people in this chat can read them.',
    '3/9/2025, 18:41 - marnie okoro created group "allotment gang"',
    '3/9/2025, 18:42 - marnie okoro: right whos bringing the strimmer saturday',
    '3/9/2025, 18:44 - skip: me. doc can you do the seed order',
    '3/9/2025, 18:45 - +44 7700 900123: its doc here, new phone. will do',
    '[03/09/2025, 18:47:12] Ptolemy Varga: I can drive',
    '3/9/25, 6:50 pm - skip: nice one',
    '',
  ].join('\n');

  it('reads the sender of each line as a speaker, even a word (`skip`, `doc`), but not a phone number', () => {
    const names = parseTranscript(chat, 'plain').speakers.map((label) => label.name);
    assert.deepEqual(names, ['marnie okoro', 'skip', 'Ptolemy Varga', 'skip']);
    const people = flagged(chat);
    for (const name of ['marnie okoro', 'skip', 'Ptolemy Varga']) assert.ok(people.includes(name), `${name} in ${people.join(', ')}`);
    assert.ok(!people.some((name) => /7700|Messages|encrypted/.test(name)), people.join(', '));
  });

  it('does not read a dated line of prose as a message', () => {
    assert.deepEqual(parseTranscript('On 3/9/2025, 18:40 - the hall was booked: nobody came.\n', 'plain').speakers, []);
  });
});

describe('transcript structure: court and tribunal labels', () => {
  it('reads `THE CHAIR:` and `THE INTERPRETER:` as roles, and keeps `MS VARGA:` a name', () => {
    const text = 'THE CHAIR: Please sit down.\nMS VARGA: Thank you.\nTHE INTERPRETER: She says thank you.\n';
    assert.deepEqual(parseTranscript(text, 'plain').speakers.map((label) => [label.name, label.isRole]), [
      ['THE CHAIR', true],
      ['MS VARGA', false],
      ['THE INTERPRETER', true],
    ]);
    assert.deepEqual(flagged(`${text}Later the Chair adjourned.\n`), ['MS VARGA']);
  });
});
