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

  it('reads a Telegram export\'s sender line (`Robbo, [01.04.2026 12:30]`) as a speaker label, and the name typed in lower case as that person', () => {
    const text = 'Robbo, [01.04.2026 12:30]\nPhysio update. Priya reckons it is a torn cuff.\n\nShazza, [01.04.2026 12:35]\nill be on it robbo!! thanks\n';
    assert.deepEqual(parseTranscript(text, 'plain').speakers.map((label) => label.name), ['Robbo', 'Shazza']);
    assert.deepEqual(flagged(text), ['Robbo', 'Priya', 'Shazza', 'robbo']);
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

function typed(text: string, format: 'plain' | 'markdown' | 'vtt' | 'srt' = 'plain'): string[] {
  return analyze(text, { format }).map((finding) => `${finding.type} ${finding.text}`);
}

describe('transcript structure: form, e-mail and header fields', () => {
  it('does not read a field of ordinary words before a colon as a speaker, but keeps names that are words', () => {
    // Before: "Age", "Issue", "Tel", "Extract 3", "From", "Sent" and "To" were each flagged as a person's name.
    const form = 'Age: 36\nIssue: Housing, disrepair\nTel: 07700 900715\nExtract 3: surgery call 14\n';
    assert.deepEqual(flagged(form), []);
    const email = 'From: Lindiwe Mokoena\nSent: Thursday, 7 March 2024 21:14\nTo: Harriet Ozturk\nSubject: RE: part 2\n';
    assert.deepEqual(flagged(email), ['Lindiwe Mokoena', 'Harriet Ozturk']);
    assert.deepEqual(flagged('Hope: I was there.\nBaker: So was I.\nKEZIA: Me too.\n'), ['Hope', 'Baker', 'KEZIA']);
  });
});

describe('transcript structure: line-numbered transcripts', () => {
  it('reads labels after a line number (conversation analysis, depositions), codes such as CAL and REC as roles', () => {
    // Before: "BEV" and "KYL" after their line numbers were read as text and "KYL" was missed.
    const text = '21  BEV:   Kyle pass the gravy\n22  KYL:   hh (0.5) okay\n23  CAL:   yeah\n24  REC:   right\n';
    assert.deepEqual(parseTranscript(text, 'plain').speakers.map((label) => [label.name, label.isRole]), [
      ['BEV', false], ['KYL', false], ['CAL', true], ['REC', true],
    ]);
    assert.deepEqual(flagged(text), ['BEV', 'Kyle', 'KYL']);
  });

  it('reads the lawyer in `BY MS. ADEBAYO-CRANE:` without the `BY`', () => {
    const labels = parseTranscript(' 1   BY MS. ADEBAYO-CRANE:\n 2        Q.   And then?\n', 'plain').speakers;
    assert.deepEqual(labels.map((label) => label.name), ['MS. ADEBAYO-CRANE']);
  });
});

describe('transcript structure: message stamps', () => {
  it('leaves the stamps an app writes before each message alone, but not a date in a header', () => {
    // Before: each Discord, iMessage and Telegram message stamp was flagged as a full date.
    const chat = 'rosie_k — 03/14/2024 9:41 PM\nanyone else get the email\n\nMar 14, 2024  9:02:11 PM\nShauna Byrne\nare you coming\n\n' +
      'Oksana Hrytsenko, [16.03.2024 08:12]\nthe school form\n';
    assert.deepEqual(typed(chat).filter((finding) => finding.startsWith('DATE')), []);
    assert.deepEqual(typed('Sent: Thursday, 7 March 2024 21:14\n').filter((finding) => finding.startsWith('DATE')), ['DATE 7 March 2024']);
    // The author's account name is still flagged: as a handle (CONTACT), as the guidelines type user names.
    assert.ok(typed('rosie_k — 03/14/2024 9:41 PM\nhi\n').includes('CONTACT rosie_k'));
  });

  it('does not flag the footer a transcription service appends', () => {
    assert.deepEqual(typed('Right, thanks.\n\nTranscribed by https://otter.ai\n'), []);
  });
});

describe('transcript structure: meeting exports', () => {
  it('reads Teams `Surname, Firstname` label lines and event lines whole, leaving `(Guest)` alone', () => {
    // Before: "Okonkwo, Adaeze" was found as two names, and only where the person detector knew each half.
    const text = 'Okonkwo, Adaeze started transcription\n\nOkonkwo, Adaeze   0:05\nRight, welcome.\n\nRonan Fitzgerald (Guest)   0:31\nThanks.\n';
    assert.deepEqual(flagged(text), ['Okonkwo, Adaeze', 'Okonkwo, Adaeze', 'Ronan Fitzgerald']);
    assert.deepEqual(typed(text).filter((finding) => /guest/i.test(finding)), []);
  });

  it('reads Slack label lines with AM/PM, handles included, and both Zoom chat formats', () => {
    const slack = 'Ngozi Adeyemi  10:14 AM\nshift swap anyone?\nciaran.b  10:16 AM\ni can do it\n';
    assert.deepEqual(parseTranscript(slack, 'plain').speakers.map((label) => label.name), ['Ngozi Adeyemi', 'ciaran.b']);
    // Before: Zoom's older format was flagged as "From  Priyanka Deshpande", with the word "From".
    const zoom = '18:04:11\t From  Priyanka Deshpande : hi all\n00:13:02 From Gwen Morfudd (she/her) to Everyone:\n\tthanks\n';
    assert.deepEqual(flagged(zoom), ['Priyanka Deshpande', 'Gwen Morfudd']);
  });

  it('reads a Markdown label with the time after it, bold or a heading', () => {
    // Before: "Kit" (an English word) was dropped from "Kit Ferreira" in a bold label followed by its time.
    const text = '**Kit Ferreira** [00:00:12]: Where did you grow up?\n\n**Agnes Moyo** (00:01:07)\n\nIn town.\n\n### Agnes Moyo 00:02:15\n\nThen nights.\n';
    assert.deepEqual(analyze(text, { format: 'markdown' }).map((finding) => finding.text), ['Kit Ferreira', 'Agnes Moyo', 'Agnes Moyo']);
  });

  it('reads lower-case and device display names in video-call captions as the speaker', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\njosh p: my cousin wants to come\n\n2\n00:00:03.000 --> 00:00:05.000\n' +
      "Tavita's iPhone: sorry, on the bus\n\n3\n00:00:05.000 --> 00:00:07.000\nnote to self: check the audio\n";
    assert.deepEqual(parseTranscript(vtt, 'vtt').speakers.map((label) => label.name), ['josh p', 'Tavita']);
  });

  it('reads the name after an anonymous code in a label', () => {
    assert.deepEqual(flagged('M1 Sione: Since I was nineteen.\nF3: Nearly ten.\n'), ['Sione']);
  });
});

describe('transcript structure: CHAT (CHILDES) files', () => {
  const cha = '@UTF8\n@Begin\n@Languages:\teng\n@Participants:\tCHI Rowan Target_Child, MOT Imelda Mother, INV Joanna Pike Investigator\n' +
    '@ID:\teng|pike|CHI|3;04.12|male|||Target_Child|||\n@Date:\t14-MAR-2024\n*MOT:\twhat did you do today ?\n%com:\tholding a tractor .\n*CHI:\tI played with Fionn .\n@End\n';

  it('leaves header keys, codes and roles alone and reads the participants and the age', () => {
    // Before: "@Begin", "@ID" and the other header keys were flagged as social media handles, "Target" as a name.
    const found = analyze(cha, { format: 'plain' }).map((finding) => (finding.type === 'PERSON' || finding.type === 'AGE' ? `${finding.type} ${finding.text}` : finding.text));
    assert.deepEqual(found, ['PERSON Rowan', 'PERSON Imelda', 'PERSON Joanna Pike', 'AGE 3;04.12', '14-MAR-2024', 'PERSON Fionn']);
  });
});

describe('transcript structure: initials', () => {
  it('reads the initials of somebody named in the same document, but not an everyday abbreviation', () => {
    // Before: "SR" and "PD" were left visible in the minutes though the attendance list named both.
    const minutes = 'Present: Sioned Rhys (Chair), Pat Delahunty, Gareth Peters\n\nSR welcomed members. PD has chased the council.\n\n' +
      '| Quote for trough | PD |\n\nThe GP surgery is closed. OK.\n';
    assert.deepEqual(flagged(minutes), ['Sioned Rhys', 'Pat Delahunty', 'Gareth Peters', 'SR', 'PD', 'PD']);
  });

  it('reads initials the document gives in brackets after a name, even when they spell a word or follow a title', () => {
    // Before: "MOP" (a word) and "TK" (after "Sergeant", which the initials of the whole phrase did not skip) stayed visible.
    const minutes = 'Present:\nMarta Olsen Pryce (MOP) – parent\nSergeant Tomas Kervin (TK) – liaison\n\nMOP asked about the bus. TK will reply.\n';
    assert.deepEqual(flagged(minutes), ['Marta Olsen Pryce', 'MOP', 'Sergeant Tomas Kervin', 'TK', 'MOP', 'TK']);
    // An organisation's acronym in brackets is no person's initials, and a word in capitals nobody declared stays text.
    assert.deepEqual(flagged('The World Health Organization (WHO) said so. MOP the floor.\n'), []);
  });
});

describe('transcript structure: a header key for the labels', () => {
  it('reads labels a key declares for named people (`DOC = Dr ...`) as codes, not names', () => {
    // Before: "DOC" and "PAT" were flagged on every turn and in the key, as if they were the speakers' names.
    const text = 'Participants: DOC = Dr Ailbhe Morrow (GP); PAT = Cillian Dunne (8)\n\n01  DOC:  come on in and sit down\n02  PAT:  hiya\n';
    assert.deepEqual(flagged(text), ['Dr Ailbhe Morrow', 'Cillian Dunne']);
  });

  it('keeps a label that is one of the person\'s own names or their initials', () => {
    const text = 'Key: PAT = Pat Dunne; AM = Aoife Morrow; JO = Joanne Byrne\n\nPAT: hiya\nAM: hello\nJO: hi\n';
    const labels = parseTranscript(text, 'plain').speakers.filter((label) => !label.isRole).map((label) => label.name);
    assert.deepEqual(labels, ['PAT', 'AM', 'JO']);
  });
});

describe('transcript structure: forum threads', () => {
  it('reads the author handle of each post', () => {
    const thread = 'r/singapore · Posted by u/kopi_siew_88 · 2y\nAnyone else sandwiched?\n\n  ↳ u/mdm_rosnah · 2y\n  Same here.\n';
    assert.deepEqual(parseTranscript(thread, 'plain').speakers.map((label) => label.name), ['u/kopi_siew_88', 'u/mdm_rosnah']);
  });
});

describe('transcript structure: roles in other languages and table exports', () => {
  it('reads interview roles written in Spanish, French, German and Italian as roles', () => {
    // Before: "ENTREVISTADORA", "Moderadora", "Enquêtrice" and "Interviewerin" were each flagged as a person's name.
    const text = 'ENTREVISTADORA: Where are you working now?\nENTREVISTADA: For a family.\nModeradora: Go on.\nParticipante 2: I am Yesenia.\n' +
      'Enquêtrice: Merci.\nInterviewerin: Danke.\nIntervistatore: Grazie.\nYESENIA: Yes.\n';
    assert.deepEqual(flagged(text), ['Yesenia', 'YESENIA']);
  });

  it('leaves the header row of a tab- or comma-separated export alone', () => {
    // Before: NVivo's "Timespan" column name was flagged as a person's name.
    const nvivo = 'Timespan\tContent\tSpeaker\n0:00:00.0 - 0:00:04.5\tSo, how did you come here?\tInterviewer\n';
    assert.deepEqual(typed(nvivo), []);
    assert.deepEqual(typed('start,end,speaker,text\n00:00:01.2,00:00:04.9,INTERVIEWER,"So, tell me."\n'), []);
  });
});

describe('transcript structure: label variants', () => {
  it('reads `Surname, Firstname:` labels whole, but not `Yes, Maria:` in prose', () => {
    // Before: only "Lopez" was flagged, and "LOPEZ, MARIA" not at all.
    assert.deepEqual(flagged('Lopez, Maria: I went there.\nLOPEZ, MARIA: Again.\n'), ['Lopez, Maria', 'LOPEZ, MARIA']);
    assert.deepEqual(parseTranscript('Yes, Maria: that is what I said.\n', 'plain').speakers, []);
  });

  it('reads lower-case given names that are also words, and lower-case full names, as labels', () => {
    // Before: "maria" (also an English word) and "maria lopez" were read as text in a transcript typed in lower case.
    const text = 'maria: i went there on tuesday.\nmaria lopez (00:01:02): and again\n01  maria:  yes\nnote to self: check\n';
    assert.deepEqual(parseTranscript(text, 'plain').speakers.map((label) => label.name), ['maria', 'maria lopez', 'maria']);
  });

  it('reads the first cell of a pasted table row as the label, but not a column of ordinary words', () => {
    const text = 'Maria Lopez\tI went there on Tuesday.\nLopez, Maria\tAnd again.\nNotes\tcheck the audio\nSummary\tshort\n';
    assert.deepEqual(flagged(text), ['Maria Lopez', 'Lopez, Maria']);
  });

  it('reads family members labelled by relation as roles, and `Auntie Fay:` as a name', () => {
    // Before: "Mum" and "Dad" on their own label lines or in bold were flagged as names.
    assert.deepEqual(flagged('Mum  0:04\nHello.\n\nDad  0:06\nHi.\n\nAuntie Fay: Hello all.\n'), ['Auntie Fay']);
  });
});

describe('transcript structure: headings in capitals', () => {
  it('does not read a heading of ordinary words in capitals as a speaker, but keeps surnames, names and initials', () => {
    // Before: "KEY POINTS", "REFLECTION", "MORNING SESSION", "Monday" and "Facilitators" were flagged as names.
    const notes = 'KEY POINTS: the audio cut out.\nREFLECTION: a long day.\nMORNING SESSION: three came.\nMonday: rain.\n' +
      'Facilitators: two of us.\nFIELD NOTES: see below.\n';
    assert.deepEqual(flagged(notes), []);
    assert.deepEqual(flagged('COOK: Objection.\nMR. COOK: Sorry.\nROSE: Hello.\nIS: check spelling.\n'), ['COOK', 'MR. COOK', 'ROSE', 'IS']);
  });
});

describe('transcript structure: speaker descriptions in labels', () => {
  it("reads the age in a label's description, and codes with a dot as codes", () => {
    // Before: "41" in "P3 (female, 41, nurse):" was missed, and "P2.1" was flagged as a name.
    const text = 'P3 (female, 41, nurse): hello\nR2 (M, 67 yrs): hi\nP2.1: yes\nModerator (Jude): Thanks.\n';
    assert.deepEqual(typed(text), ['AGE 41', 'OTHER nurse', 'AGE 67 yrs', 'PERSON Jude']);
  });
});

describe('transcript structure: names in header fields', () => {
  it('reads a name written surname first in a role or form field whole, with a quoted nickname', () => {
    // Before: "HUTCHINSON" and "Raymond" were two findings and the nickname "Ray" was missed.
    const header = 'Interviewee: HUTCHINSON, Raymond ("Ray")\nSurname, first name: Demirci, Yusuf\nNote: Monday, Tuesday\n';
    assert.deepEqual(flagged(header), ['HUTCHINSON, Raymond', 'Ray', 'Demirci, Yusuf']);
  });

  it('reads the name in brackets after a numbered role: `RESPONDENT 2 (ABDI):`', () => {
    // Before: the number in the role kept the bracketed name from being read.
    const text = 'RESPONDENT 2 (ABDI): Three kids. All at the same school.\n\nRESPONDENT 5 (LENSA): Me too.\n';
    assert.deepEqual(analyze(text).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text), ['ABDI', 'LENSA']);
  });
});
