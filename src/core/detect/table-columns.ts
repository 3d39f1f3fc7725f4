import { ageValue } from './age-value';
import type { Candidate, Detector } from './detector';
import { peopleAt } from './quasi-community';
import { isJobPhrase, isOccupationHead } from './quasi-occupation';

/**
 * A participants table in a Markdown write-up or notes (`| Code | Name | Age | From |`): the column's heading says
 * what each cell is, where the sentence cues other detectors rely on are missing (`| P4 | Nur Aini | 38 | Blitar |`).
 * Ages become AGE, places of origin LOCATION; names are left to the name detectors, which already see capitalised
 * cells, so only columns whose cells would otherwise pass unnoticed are read here.
 */
const AGE_HEADINGS = new Set(['age', 'ages', 'age (years)', 'age (yrs)', 'age in years', 'years old', 'yrs', 'edad', 'idade', 'âge', 'età', 'alter', 'leeftijd', 'wiek', 'ηλικία', 'yaş', 'tuổi', 'edad (años)', 'umur', 'usia', 'ålder', 'alder', 'ikä', '나이', '年齢', '年龄', 'عمر', 'возраст', 'вік']);
const PLACE_HEADINGS = new Set([
  'from', 'origin', 'place of origin', 'home town', 'hometown', 'home', 'town', 'village', 'city', 'region', 'district',
  'province', 'county', 'born in', 'birthplace', 'place of birth', 'lives in', 'residence', 'suburb', 'neighbourhood',
  'neighborhood', 'location', 'site', 'town/city', 'area',
]);

/** Columns of people's names: a full name there is a person's, whatever its words also mean (`| Glenys Wood |`). */
const NAME_HEADINGS = new Set(['name', 'names', 'full name', 'participant name', 'member', 'members', 'attendee', 'attendees', 'person', 'staff member', 'nombre', 'nom', 'naam', 'nome']);
/** A full name in a cell: two to four capitalised words, after a title, with the particles names have. */
const FULL_NAME_CELL =
  /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Cllr|Rev|Revd|Sr|Fr|Sister|Pastor|Elder|Aunty|Auntie|Uncle)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|da|dos|van|von|del|della|di|la|le|bin|binti|al|el|te)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;

/** Columns of free notes about each participant: their jobs and peoples are said there without a sentence around them. */
const NOTE_HEADINGS = new Set([
  'notes', 'note', 'occupation', 'job', 'work', 'role', 'roles', 'background', 'description', 'profession', 'employment',
  'details', 'comments', 'situation', 'circumstances', 'about', 'profile',
]);
/**
 * Roles every participant of a care study shares (`caregiver`, `mother`): the study's population, not a job that
 * narrows anyone down.
 */
const SHARED_ROLES = new Set(['carer', 'caregiver', 'caretaker', 'aide', 'helper', 'volunteer', 'student', 'parent', 'worker', 'employee']);
const NOTE_PIECE = /[^,;+/|]+/g;
/** A word of a job title in a cell: lower case, its first word capitalised (`Practice manager`), or an acronym (`GP partner`). */
const CELL_WORD = /^(?:\p{Lu}?[\p{Ll}-]+|\p{Lu}{2,4})$/u;
/** Posts of a committee, a job in a group's minutes (`Chair`, `Vice-chair`, `Treasurer`). */
const COMMITTEE_POSTS = new Set(['chair', 'vice-chair', 'co-chair', 'chairperson', 'chairman', 'chairwoman', 'treasurer', 'secretary']);
/** `Community nurse team lead`, `clinical lead`: a lead of a team or service. */
const TEAM_HEADS = /^(?:team|clinical|nurse|service|practice|ward|project|site|shift)\s+lead$/;
/** A piece with these is a description (`shop work for employer`, `grandfather with dementia`), not a job title. */
const LINKING_WORDS = new Set(['for', 'with', 'at', 'in', 'of', 'on', 'and', 'from', 'to', 'by', 'now']);

/** Jobs (`private hire driver`) and peoples (`Mirpuri`) among the comma-separated pieces of a notes cell. */
function notesOf(cell: Cell): Candidate[] {
  const found: Candidate[] = [];
  NOTE_PIECE.lastIndex = 0;
  for (let piece = NOTE_PIECE.exec(cell.text); piece; piece = NOTE_PIECE.exec(cell.text)) {
    const raw = piece[0];
    const text = raw.trim();
    const start = cell.start + piece.index + raw.indexOf(text);
    const words = text.split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    const people = peopleAt(cell.text, piece.index + raw.indexOf(text));
    if (people && people.end - people.start === text.length) {
      found.push({ start, end: start + text.length, type: 'OTHER', confidence: 0.5, reason: 'ethnicity, nationality or faith: a cell of a notes column' });
    } else if (words.length <= 4 && words.every((word, index) => CELL_WORD.test(word) && (index === 0 || !/^\p{Lu}\p{Ll}/u.test(word)) && !LINKING_WORDS.has(word.toLowerCase())) &&
      !SHARED_ROLES.has(head) && (isOccupationHead(head) || isJobPhrase(text) || COMMITTEE_POSTS.has(head) || TEAM_HEADS.test(words.slice(-2).join(' ').toLowerCase()))) {
      found.push({ start, end: start + text.length, type: 'OTHER', confidence: 0.5, reason: 'occupation: a cell of a notes column' });
    }
  }
  return found;
}

/** Numbers an age cell holds: `38`, `38 years`, `thirty-eight`, `40s`. */
const AGE_CELL = /^(?:\d{1,3}(?:\s*(?:y|yrs?|years?(?: old)?))?|\d0s|[a-z]+(?:[- ][a-z]+)?)$/i;

const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*\r?$/;
const SEPARATOR_ROW = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?[ \t]*\r?$/;

interface Cell {
  text: string;
  start: number;
}

/** The cells of one table row, trimmed, with their offsets in the chunk. */
function cellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  const first = line.indexOf('|');
  const last = line.lastIndexOf('|');
  let cellStart = first + 1;
  for (let index = first + 1; index <= last; index++) {
    if (line[index] !== '|' || line[index - 1] === '\\') continue;
    const raw = line.slice(cellStart, index);
    const leading = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: lineStart + cellStart + leading });
    cellStart = index + 1;
  }
  return cells;
}

function isAgeCell(text: string): boolean {
  const value = AGE_CELL.test(text) ? ageValue(text) : undefined;
  return value !== undefined && value <= 120;
}

type ColumnKind = 'AGE' | 'LOCATION' | 'OTHER' | 'PERSON';

/** The kind of each column, from its heading. */
function columnKinds(headings: readonly string[]): Array<ColumnKind | undefined> {
  return headings.map((heading) => {
    const key = heading.replace(/[*_"]/g, ' ').trim().toLowerCase().replace(/\s+/g, ' ');
    return AGE_HEADINGS.has(key) ? 'AGE' : PLACE_HEADINGS.has(key) ? 'LOCATION' : NOTE_HEADINGS.has(key) ? 'OTHER' : NAME_HEADINGS.has(key) ? 'PERSON' : undefined;
  });
}

/** The cells of one CSV or TSV line (`R-0412,Kisumu,34,"I'm a rider, 7 years"`), unquoted, with their offsets in the chunk. */
function csvCellsOf(line: string, lineStart: number, separator = ','): Cell[] {
  const cells: Cell[] = [];
  let index = 0;
  while (index <= line.length) {
    if (line[index] === '"') {
      const close = line.indexOf('"', index + 1);
      const end = close === -1 ? line.length : close;
      cells.push({ text: line.slice(index + 1, end), start: lineStart + index + 1 });
      const comma = line.indexOf(separator, end);
      index = comma === -1 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(separator, index);
      const end = comma === -1 ? line.length : comma;
      const raw = line.slice(index, end);
      const leading = raw.length - raw.trimStart().length;
      cells.push({ text: raw.trim(), start: lineStart + index + leading });
      index = end + 1;
    }
  }
  return cells;
}

/** A CSV header line: three or more plain cells, one of them an age or a place. */
const CSV_HEADER = /^[ \t]*[\p{L}"_][^,\n]{0,40}(?:,[^,\n]{0,40}){2,}\r?$/u;
/** A TSV header line (a spreadsheet export): three or more plain cells separated by tabs. */
const TSV_HEADER = /^[\p{L}"_][^\t\n]{0,40}(?:\t[^\t\n]{0,40}){2,}\r?$/u;

/**
 * The cells of a CSV export (`respondent_id,site,age,free_text`), read by their column heading as in a table. A CSV
 * file has no blank lines, so its header opens the chunk: only a chunk whose first line is a header is read.
 */
function csvColumns(text: string): Candidate[] {
  const found: Candidate[] = [];
  const firstLine = /^\s*([^\n]*)/.exec(text)?.[1] ?? '';
  const tabs = TSV_HEADER.test(firstLine);
  if (!tabs && !CSV_HEADER.test(firstLine)) return found;
  const separator = tabs ? '\t' : ',';
  const header = tabs ? TSV_HEADER : CSV_HEADER;
  const lines = text.split('\n');
  let offset = 0;
  let columns: ReturnType<typeof columnKinds> | undefined;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') {
      columns = undefined;
      continue;
    }
    if (!columns) {
      if (!header.test(line)) continue;
      const kinds = columnKinds(line.replace(/\r$/, '').split(separator));
      if (kinds.some((kind) => kind === 'AGE' || kind === 'LOCATION')) columns = kinds;
      continue;
    }
    csvCellsOf(line.replace(/\r$/, ''), lineStart, separator).forEach((cell, column) => found.push(...cellFinding(cell, columns?.[column])));
  }
  return found;
}

/** What one cell holds, read by its column's kind. */
function cellFinding(cell: Cell, type: ColumnKind | undefined): Candidate[] {
  if (!type || cell.text === '' || /^(?:-+|n\/?a|none|unknown|—|–)$/i.test(cell.text)) return [];
  if (type === 'OTHER') return notesOf(cell);
  if (type === 'PERSON') {
    return FULL_NAME_CELL.test(cell.text) ? [{ start: cell.start, end: cell.start + cell.text.length, type, confidence: 0.9, reason: 'a full name in a table column headed "Name"' }] : [];
  }
  if (type === 'AGE' && isAgeCell(cell.text)) {
    return [{ start: cell.start, end: cell.start + cell.text.length, type, confidence: 0.8, reason: 'age: a cell of a table column headed "Age"' }];
  }
  // "29 / 7": the ages of two people sharing a row (a mother and her son).
  if (type === 'AGE' && /^\d{1,3}(?:\s*[/+&]\s*\d{1,3})+$/.test(cell.text)) {
    return [...cell.text.matchAll(/\d{1,3}/g)]
      .filter((age) => Number(age[0]) <= 120)
      .map((age) => ({ start: cell.start + (age.index ?? 0), end: cell.start + (age.index ?? 0) + age[0].length, type, confidence: 0.75, reason: 'age: one of the ages in a cell of a column headed "Age"' }));
  }
  if (type === 'LOCATION' && /\p{L}/u.test(cell.text)) {
    return [{ start: cell.start, end: cell.start + cell.text.length, type, confidence: 0.7, reason: 'place: a cell of a table column headed with a place' }];
  }
  return [];
}

export const tableColumns: Detector = {
  id: 'table-columns',
  priority: 60,
  detect({ text }) {
    if (!text.includes('|')) return text.includes(',') || text.includes('\t') ? csvColumns(text) : [];
    const found: Candidate[] = [];
    const lines = text.split('\n');
    let offset = 0;
    let columns: ReturnType<typeof columnKinds> | undefined;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      const lineStart = offset;
      offset += line.length + 1;
      if (!TABLE_ROW.test(line)) {
        columns = undefined;
        continue;
      }
      // A heading row is the row right above the `|---|---|` separator.
      if (index + 1 < lines.length && SEPARATOR_ROW.test(lines[index + 1])) {
        columns = columnKinds(cellsOf(line, lineStart).map((cell) => cell.text));
        continue;
      }
      if (!columns || SEPARATOR_ROW.test(line)) continue;
      cellsOf(line, lineStart).forEach((cell, column) => found.push(...cellFinding(cell, columns?.[column])));
    }
    return found;
  },
};
