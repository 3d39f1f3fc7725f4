/**
 * Generates realistic, entirely synthetic interview and focus-group transcripts for benchmarks and property tests.
 * Deterministic: the same seed gives the same text. Names are drawn from invented syllables and stock given names
 * combined at random, places and organisations are invented, phone numbers use reserved 555 ranges, e-mail
 * addresses use example.org.
 */

/** Bump when the generated text changes, so cached benchmark corpora are regenerated. */
export const GENERATOR_VERSION = 2;

export type GeneratedFormat = 'txt' | 'vtt' | 'srt' | 'md';
export const GENERATED_FORMATS: readonly GeneratedFormat[] = ['txt', 'vtt', 'srt', 'md'];

/** A small, fast, seeded PRNG (mulberry32): deterministic across platforms and Node versions. */
export interface Random {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  return { next, int, pick: (items) => items[int(items.length)], chance: (probability) => next() < probability };
}

const GIVEN = [
  'Maria', 'Odell', 'Priya', 'Jonah', 'Keisha', 'Tomasz', 'Aroha', 'Dev', 'Agnieszka', 'Lucia', 'Ray', 'Helen',
  'Albert', 'Dana', 'Farida', 'Mateo', 'Siobhan', 'Kwame', 'Ingrid', 'Tariq', 'Mei', 'Rangi', 'Bronwyn', 'Yusuf',
  'Marguerite', 'Emeka', 'Saoirse', 'Hamish', 'Leilani', 'Dmitri', 'Anjali', 'Caoimhe', 'Oluwaseun', 'Renata',
  'Ezra', 'Ngaio', 'Bartholomew', 'Zainab', 'Florin', 'Tevita', 'Ximena', 'Beatrix', 'Chidi', 'Sunniva', 'Joaquín',
  'Zoë', 'Renée', 'Björn', 'Anaïs', 'Eamon',
];
const SURNAME_START = ['Mar', 'Pritch', 'Kel', 'Wh', 'Ok', 'Cast', 'Nkem', 'Ad', 'Fen', 'Ash', 'Harl', 'Brenn', 'Quar', 'Tal', 'Ros', 'Vand', 'Lind', 'Oy', 'Grey', 'Dun'];
const SURNAME_MIDDLE = ['', 'el', 'ar', 'om', 'in', 'ett', 'ow', 'an', 'ur', 'is'];
const SURNAME_END = ['sh', 'ett', 'field', 'afor', 'ellano', 'elu', 'eyemi', 'wick', 'by', 'ton', 'ley', 'strom', 'ova', 'ski', 'ard', 'ington', 'oe', 'ez'];
const PLACE_START = ['Mill', 'Port ', 'Little ', 'Green', 'Fen', 'Ash', 'Kerr', 'Har', 'Brook', 'Stone', 'Wether', 'Cold', 'Upper ', 'Marrow'];
const PLACE_END = ['brook', 'Kerrow', 'Ashby', 'haven', 'wick', 'ford', 'ow', 'low', 'field', 'ley', 'by', 'mouth', 'Dene', 'stead'];
const ORG_KIND = ['Freight', 'Primary', 'Motors', 'Hospital', 'Community Trust', 'County Council', 'Health Centre', 'Housing Association', 'Food Bank', 'Rugby Club'];
const STREET_KIND = ['Road', 'Lane', 'Street', 'Close', 'Avenue', 'Crescent'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RELATIONS = ['my sister', 'my brother', 'my husband', 'my wife', 'my neighbour', 'my daughter', 'my son', 'my GP', 'my manager', 'a friend from church', 'our social worker'];
const ROLES = ['INTERVIEWER', 'Interviewer', 'Moderator', 'Facilitator', 'Q', 'R'];
const NOTES = ['[inaudible]', '(laughs)', '[pause]', '[crosstalk]', '(sighs)', '[laughter]', '[inaudible 00:02]'];

/** Everyday talk with no identifiers: the bulk of a real transcript. Combined from parts, so sentences rarely repeat. */
const OPENERS = [
  'Yeah, I mean,', "I don't know,", 'Honestly,', 'So, um,', 'Right, and', 'I suppose', 'To be fair,', 'Well,',
  'The thing is,', 'Mm, yeah,', 'If I am honest,', 'And then', 'Oh,', 'You know,', 'Basically', 'I think',
];
const CLAUSES = [
  'it depends on the week really', "things have changed so much since the pandemic", 'we just sort of got on with it',
  'the hardest part is the waiting', 'that was quite a difficult time for all of us', 'the bus stopped running in the evenings',
  'you start to notice the little things after a while', 'people underestimate how much the small stuff matters',
  "we'd go once a fortnight if the weather was all right", "my back's been bad since the winter",
  'the new system was meant to be easier', "you're on hold for forty minutes and then it cuts off",
  'the kids love it there, they always have', "it's got better, but only because we found our own ways round it",
  "we didn't have any of this when I was younger", 'goodwill does not pay for petrol', 'it was close to a crisis for a couple of months',
  'the group chat helps because everyone can see who needs a lift', 'nobody really explained the forms to us',
  'the prices at the shop went up again', 'we lost a lot of the regulars over the summer', 'I stopped going to the meetings',
  'the appointments are always in the morning', 'there is nowhere warm to sit in the afternoons',
];
const CLOSERS = [
  '.', ', you know.', ', like everybody else.', ', to be honest.', ', really.', '. [laughs]', ', if that makes sense.',
  ', I suppose.', ', and that was that.', ', so yeah.', '...', ', which is a shame.',
];
const QUESTIONS = [
  'Right, right. And how did that make you feel at the time?', 'Could you say a bit more about that?',
  'That makes sense. What happened next?', 'And who else was involved in that?', 'How long ago was that, roughly?',
  'Mm. Was that the same for other people you know?', 'What would have helped, looking back?',
];

function filler(random: Random): string {
  const text = `${random.pick(OPENERS)} ${random.pick(CLAUSES)}${random.pick(CLOSERS)}`;
  return text[0].toUpperCase() + text.slice(1);
}

export interface Person {
  given: string;
  surname: string;
}

export function inventSurname(random: Random): string {
  return random.pick(SURNAME_START) + random.pick(SURNAME_MIDDLE) + random.pick(SURNAME_END);
}

function inventPerson(random: Random): Person {
  return { given: random.pick(GIVEN), surname: inventSurname(random) };
}

function inventPlace(random: Random): string {
  return random.pick(PLACE_START) + random.pick(PLACE_END);
}

function phone(random: Random): string {
  const digits = (count: number): string => Array.from({ length: count }, () => random.int(10)).join('');
  return random.pick([`555-01${digits(2)}`, `021 555 01${digits(2)}`, `(555) 01${digits(1)}-${digits(4)}`, `+44 7700 900${digits(3)}`]);
}

function date(random: Random): string {
  const day = 1 + random.int(28);
  const month = random.pick(MONTHS);
  const year = 1940 + random.int(85);
  return random.pick([`${day} ${month} ${year}`, `${month} ${day}, ${year}`, `${String(day).padStart(2, '0')}/${String(1 + random.int(12)).padStart(2, '0')}/${year}`, `${month} ${year}`, `the ${day}th of ${month}`]);
}

/** One sentence of an answer; about a third of them carry an identifier of some kind. */
function sentence(random: Random, cast: readonly Person[], places: readonly string[], orgs: readonly string[]): string {
  if (random.chance(0.62)) return filler(random);
  const person = random.pick(cast);
  const other = inventPerson(random);
  const place = random.pick(places);
  const org = random.pick(orgs);
  switch (random.int(12)) {
    case 0:
      return `${random.pick(RELATIONS)[0].toUpperCase()}${random.pick(RELATIONS).slice(1)}, ${other.given}, works at ${org} in ${place}.`;
    case 1:
      return `I rang ${person.given} on ${phone(random)} but nobody picked up.`;
    case 2:
      return `I was born on ${date(random)} and I've lived in ${place} most of my life.`;
    case 3:
      return `She's ${18 + random.int(70)} now, he must be ${random.pick(['forty-two', 'sixty-one', 'seventy', 'eighty-three'])}.`;
    case 4:
      return `You can e-mail me at ${person.given.toLowerCase()}.${person.surname.toLowerCase()}@example.org if you want to follow up.`;
    case 5:
      return `We moved from ${random.pick(places)} to ${place} in ${1960 + random.int(65)}, after ${other.given} ${other.surname} offered us a flat on ${inventSurname(random)} ${random.pick(STREET_KIND)}.`;
    case 6:
      return `My NHS number is ${100 + random.int(900)} ${100 + random.int(900)} ${1000 + random.int(9000)}, they kept asking for it.`;
    case 7:
      return `${other.given} said ${person.given} had the same problem at ${org}.`;
    case 8:
      return `${random.pick(NOTES)} Sorry, ${person.given}, what was that?`;
    case 9:
      return `Councillor ${other.surname} wrote to ${org} about it on ${date(random)}.`;
    case 10:
      return `Mrs ${other.surname} from the ${place} surgery, she's lovely, she's been there since ${1990 + random.int(34)}.`;
    default:
      return `We go to the ${org} on Tuesdays, it's just off ${inventPlace(random)} ${random.pick(STREET_KIND)}.`;
  }
}

function answer(random: Random, cast: readonly Person[], places: readonly string[], orgs: readonly string[]): string {
  const count = 1 + random.int(6);
  return Array.from({ length: count }, () => sentence(random, cast, places, orgs)).join(' ');
}

function clock(seconds: number, separator: '.' | ','): string {
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${hh}:${mm}:${ss}${separator}${String((seconds * 137) % 1000).padStart(3, '0')}`;
}

/**
 * One transcript of roughly `targetChars` UTF-16 code units in `format`. Plain text alternates between layouts
 * (blank-line-separated turns with timestamps, or one turn per line with no blank lines) as real transcripts do.
 */
export function generateTranscript(random: Random, format: GeneratedFormat, targetChars: number): string {
  const cast = Array.from({ length: 2 + random.int(5) }, () => inventPerson(random));
  const places = Array.from({ length: 3 + random.int(4) }, () => inventPlace(random));
  const orgs = Array.from({ length: 2 + random.int(3) }, () => `${random.pick(PLACE_START).trim()}${random.pick(PLACE_END)} ${random.pick(ORG_KIND)}`);
  const interviewer = random.pick(ROLES);
  const anonymous = random.chance(0.3);
  const label = (person: Person, index: number): string =>
    anonymous ? `P${String(index + 1).padStart(2, '0')}` : random.chance(0.5) ? `${person.given} ${person.surname}` : person.given.toUpperCase();
  const labels = cast.map(label);

  const parts: string[] = [];
  let length = 0;
  const push = (part: string): void => {
    parts.push(part);
    length += part.length;
  };
  let seconds = 4;
  let cue = 1;
  const compact = format === 'txt' && random.chance(0.35);

  if (format === 'vtt') push('WEBVTT\nKind: captions\nLanguage: en\n\nNOTE\nSynthetic benchmark transcript: every person, place and detail is invented.\n\n');
  if (format === 'md') push(`---\ntitle: Interview ${random.int(100)} (synthetic)\nstudy: ${random.pick(orgs)} study\ndate: ${date(random)}\n---\n\n# Interview at ${random.pick(places)}\n\n`);
  if (format === 'txt') push(`Project: Community Study (synthetic transcript)\nInterview recorded at ${random.pick(places)}\n\n`);

  for (let turn = 0; length < targetChars; turn++) {
    const speakerIndex = random.int(cast.length);
    const speaker = turn % 2 === 0 ? interviewer : labels[speakerIndex];
    const text = turn % 2 === 0 && random.chance(0.7) ? random.pick(QUESTIONS) : answer(random, cast, places, orgs);
    const step = 3 + random.int(40);
    switch (format) {
      case 'vtt':
        push(`${cue++}\n${clock(seconds, '.')} --> ${clock(seconds + step, '.')}\n<v ${speaker}>${text}\n\n`);
        break;
      case 'srt':
        push(`${cue++}\n${clock(seconds, ',')} --> ${clock(seconds + step, ',')}\n${speaker}: ${text}\n\n`);
        break;
      case 'md':
        if (turn > 0 && turn % 40 === 0) push(`## Part ${turn / 40 + 1}\n\n`);
        push(`**${speaker}:** ${text}\n\n`);
        break;
      default:
        push(compact ? `${speaker}: ${text}\n` : `[${clock(seconds, '.').slice(0, 8)}] ${speaker}: ${text}\n\n`);
    }
    seconds += step;
  }
  return parts.join('');
}

export interface GeneratedFile {
  /** Relative path with `/` separators, e.g. `site-03/interview-0042.vtt`. */
  path: string;
  text: string;
}

/**
 * The files of a corpus of about `totalBytes` bytes of UTF-8, generated one at a time so the caller can write each
 * to disk and drop it. File sizes vary from about 20 KB to 250 KB, as interview transcripts do.
 */
export function* generateCorpus(seed: number, totalBytes: number): Generator<GeneratedFile> {
  const random = createRandom(seed);
  let written = 0;
  for (let index = 0; written < totalBytes; index++) {
    const format = GENERATED_FORMATS[index % GENERATED_FORMATS.length];
    const size = 20_000 + random.int(230_000);
    const text = generateTranscript(random, format, size);
    written += Buffer.byteLength(text, 'utf8');
    yield { path: `site-${String(index % 7).padStart(2, '0')}/transcript-${String(index).padStart(4, '0')}.${format}`, text };
  }
}
