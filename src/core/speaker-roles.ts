import { FIRST_NAMES } from './detect/lexicon/compromise-lexicon';
import { isCommonWord } from './detect/lexicon/english-words';
import { FOREIGN_NEVER_NAMES } from './detect/lexicon/foreign-words';

/**
 * Words that make a speaker label (or a header field such as `Recorded:`) a role or an anonymous code rather than a
 * person's name: `INTERVIEWER`, `Caller`, `Case Worker`, `P07`. A label counts as a role only when every word of it
 * is one of these (or a code), so `Judge Okafor` stays a name while `Judge` alone is a role.
 */
const ROLE_WORDS = new Set(
  [
    // research interviews and focus groups
    'interviewer', 'interviewee', 'moderator', 'facilitator', 'co-facilitator', 'participant', 'participants',
    'respondent', 'respondents', 'researcher', 'narrator', 'informant', 'subject', 'observer', 'note-taker',
    'notetaker', 'scribe', 'transcriber', 'interpreter', 'translator', 'speaker', 'speakers', 'unknown', 'unidentified',
    'unclear', 'inaudible', 'crosstalk', 'voice', 'voices', 'audience', 'everyone', 'both', 'others', 'several',
    'multiple', 'all', 'group', 'male', 'female', 'man', 'woman', 'other',
    // meetings, hearings, calls, broadcasts
    'chair', 'chairperson', 'chairman', 'chairwoman', 'co-chair', 'vice-chair', 'deputy', 'secretary', 'treasurer',
    'clerk', 'member', 'members', 'attendee', 'attendees', 'presenter', 'host', 'co-host', 'cohost', 'guest', 'guests',
    'panelist', 'panellist', 'caller', 'call-taker', 'agent', 'operator', 'advisor', 'adviser', 'representative', 'rep',
    'officer', 'witness', 'claimant', 'complainant', 'grievant', 'respondent', 'applicant', 'appellant', 'defendant',
    'counsel', 'mediator', 'advocate', 'judge', 'magistrate', 'employer', 'employee', 'manager', 'supervisor',
    'caseworker', 'case', 'worker', 'social', 'support', 'coordinator', 'volunteer', 'customer', 'user', 'teacher',
    'student', 'pupil', 'coach', 'tutor', 'nurse', 'doctor', 'clinician', 'therapist', 'counsellor', 'counselor',
    'caregiver', 'carer', 'patient', 'client', 'parent', 'mother', 'father', 'child', 'staff', 'elder', 'youth',
    'hr', 'union', 'reporter', 'journalist', 'producer', 'announcer', 'narration', 'automated', 'system', 'recording',
    // courts and tribunals, whose records write `THE CHAIR:`, `THE INTERPRETER:`
    'court', 'tribunal', 'panel', 'presiding', 'solicitor', 'barrister', 'prosecutor', 'registrar', 'commissioner',
    'adjudicator', 'arbitrator', 'usher', 'the',
    // header fields of a transcript
    'note', 'notes', 'comment', 'location', 'date', 'time', 'site', 'study', 'title', 'summary', 'conventions', 'key',
    'consent', 'duration', 'length', 'setting', 'present', 'absent', 'apologies', 'project', 'topic', 'session',
    'recorded', 'transcribed', 'agency', 'organisation', 'organization', 'place', 'venue', 'format', 'language',
    'languages', 'source', 'collection', 'archive', 'file', 'audio', 'video', 'keywords', 'interview', 'question',
    'answer', 'meeting', 'agenda', 'minutes', 'transcript', 'by', 'of', 'and', '&', 'entrevista', 'entretien',
    'fecha', 'lugar', 'duración', 'lieu', 'durée', 'datum', 'ort', 'dauer', 'luogo', 'durata',
    // abbreviations and codes
    'int', 'iv', 'resp', 'mod', 'fac', 'part', 'pt', 'q', 'a', 'i', 'r', 'p', 'm', 'f',
    // German and Dutch interview codes (`IR:` interviewer, `IE:`/`IP:` interviewee), conversation-analysis codes
    // (`CAL:` caller, `REC:` receptionist, `CT:` call-taker, `INV:` investigator), and more services' roles
    'ir', 'ie', 'ip', 'cal', 'rec', 'ct', 'inv', 'intv', 'navigator', 'receptionist', 'dispatcher', 'paramedic',
    'chaplain', 'liaison', 'steward', 'organiser', 'organizer', 'minute-taker',
    // family members labelled by relation in a family interview (`Mum:`, `Dad:`, `Grandma:`); `Auntie Fay:` stays a name
    'mum', 'mom', 'mam', 'dad', 'daughter', 'son', 'husband', 'wife', 'sister', 'brother', 'grandma', 'grandmother',
    'grandad', 'granddad', 'grandpa', 'grandfather', 'gran', 'granny', 'nan', 'auntie', 'aunt', 'uncle', 'cousin',
    // the same roles in the other languages transcripts are written in (Spanish, Portuguese, French, German, Italian,
    // Dutch): `ENTREVISTADORA:`, `Enquêtrice:`, `Interviewerin:`, `Befragte:`, `Intervistatore:`, `Tolk:`
    'entrevistador', 'entrevistadora', 'entrevistado', 'entrevistada', 'moderador', 'moderadora', 'participante',
    'participantes', 'investigador', 'investigadora', 'pesquisador', 'pesquisadora', 'intérprete', 'traductor',
    'traductora', 'tradutor', 'tradutora', 'facilitador', 'facilitadora', 'encuestador', 'encuestadora', 'informante',
    'narrador', 'narradora', 'hablante', 'locutor', 'locutora', 'todos', 'todas', 'varios', 'voz', 'voces',
    'enquêteur', 'enquêtrice', 'enquêteuse', 'intervieweur', 'intervieweuse', 'interviewé', 'interviewée', 'enquêté',
    'enquêtée', 'animateur', 'animatrice', 'chercheur', 'chercheuse', 'interprète', 'traducteur', 'traductrice',
    'modérateur', 'modératrice', 'locuteur', 'locutrice', 'tous', 'plusieurs',
    'interviewerin', 'interviewende', 'interviewender', 'interviewte', 'interviewter', 'befragte', 'befragter',
    'befragten', 'teilnehmer', 'teilnehmerin', 'teilnehmende', 'moderatorin', 'dolmetscher', 'dolmetscherin',
    'forscher', 'forscherin', 'sprecher', 'sprecherin', 'erzähler', 'erzählerin', 'alle', 'mehrere',
    'intervistatore', 'intervistatrice', 'intervistato', 'intervistata', 'partecipante', 'partecipanti', 'moderatore',
    'moderatrice', 'ricercatore', 'ricercatrice', 'interprete', 'traduttore', 'traduttrice', 'tutti',
    'interviewster', 'geïnterviewde', 'deelnemer', 'deelnemers', 'gespreksleider', 'onderzoeker', 'tolk', 'spreker',
    // and in Indonesian/Malay, Tagalog, Swahili, Turkish and Polish (`Fasilitator`, `Mhojaji`, `Katılımcı`), with
    // the transcription and translation credits of bilingual headers (`Transcrição:`, `Traducción:`)
    'fasilitator', 'pewawancara', 'narasumber', 'peserta', 'penerjemah', 'peneliti', 'tagapanayam', 'kinapanayam',
    'kalahok', 'tagasalin', 'mananaliksik', 'mhojaji', 'mhojiwa', 'mshiriki', 'washiriki', 'mkalimani', 'mtafiti',
    'mwenyekiti', 'katibu', 'görüşmeci', 'katılımcı', 'moderatör', 'tercüman', 'çevirmen', 'araştırmacı', 'ankieter',
    'ankieterka', 'uczestnik', 'uczestniczka', 'tłumacz', 'tłumaczka', 'badacz', 'badaczka', 'rozmówca', 'rozmówczyni',
    'transcrição', 'transcricao', 'transcripción', 'transcripcion', 'tradução', 'traducao', 'traducción', 'traduccion',
    'traduction', 'trascrizione', 'traduzione', 'transkription', 'übersetzung', 'transcriptie', 'vertaling',
    'transcritor', 'transcritora', 'transcriptor', 'transcriptora', 'transcripteur', 'transcriptrice',
    // elected posts addressed or labelled in council and committee records (`COUNCILMEMBER:`, `Thank you, Councilmember`)
    'councilmember', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman', 'alderperson',
    'mayor', 'madam',
  ],
);

/** `P07`, `FG3_P2`, `P2.1` (focus group 2, speaker 1), `R12a`, a number, one letter. */
const CODE_LIKE = /^(?:[a-z]{1,4}[-_]?\d+(?:\.\d+)?[a-z]?|\d+|[a-z])$/;

const LABEL_SEPARATOR = /[\s_]/;
const LABEL_SEPARATORS = /[\s_]+/;
const FINAL_STOP = /\.$/;
/** A word in brackets, `(p4)` or `[f]`: the code inside. */
const BRACKETED = /^[([]([^()[\]]+)[)\]]$/;

/** True when a label is a role or an anonymous code rather than somebody's name. */
export function isRoleLabel(label: string): boolean {
  const lower = label.trim().toLowerCase();
  // Asked of most capitalised words: one word is decided without a split (a split by a regex makes a new RegExp).
  if (!LABEL_SEPARATOR.test(lower)) return !LABEL_CONNECTORS.has(lower) && isRoleOrCode(lower);
  const words = lower.split(LABEL_SEPARATORS);
  if (words.every((word) => LABEL_CONNECTORS.has(word))) return false;
  return words.every(isRoleOrCode);
}

/** Words that join the words of a role label (`Head of Research`) and are no role by themselves. */
const LABEL_CONNECTORS = new Set(['by', 'of', 'and', '&', 'the']);
// A code may stand in brackets after the role: `Participant 4 (P4)`, `Facilitator (F)`.
const isRoleOrCode = (word: string): boolean => isRoleWord(word.replace(FINAL_STOP, '')) || CODE_LIKE.test(word.replace(BRACKETED, '$1'));

/** A role word, or its plural (`Facilitators`, `INTERVIEWERS`). */
function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || (word.length > 4 && word.endsWith('s') && ROLE_WORDS.has(word.slice(0, -1)));
}

/**
 * Field names of forms, e-mail headers, minutes and coding reports (`From:`, `Age:`, `Issue:`, `Next of kin:`,
 * `Action:`): a line opening with one of these holds a value, not a turn, so the field is never read as a name.
 */
const FIELD_WORDS = new Set(
  `from to cc bcc sent subject re fw fwd reply forwarded attachment attachments age dob birth born address postcode
  zip email e-mail tel phone mobile cell fax contact issue issues name names surname forename first last given full
  gender sex pronouns occupation job nationality ethnicity religion status kin next extract excerpt page line section
  item items action actions outcome outcomes todo to-do kind reference ref category type description background
  referral referred plan update reason response feedback due owner priority tags attendees attendance speakers
  keywords total balance signed signature follow-up followup result results aob matters arising decision decisions
  minuted apologies chaired agreed noted monday tuesday wednesday thursday friday saturday sunday january february
  march july september october november december field theme themes sub-theme subtheme code codes memo memos quote
  quotes vignette observation observations reflection reflections authority interpreting interpretation translation
  transcription accession tape log`.split(/\s+/),
);

/**
 * Last words of a heading that names a collection, a record or a document (`Oral History Collection:`, `Case
 * Conference Record:`): before them, ordinary words make a heading, not a speaker.
 */
const HEADING_HEADS = new Set(
  `collection archive archives log summary record records notes transcript transcripts project study programme program
  series survey report file interview interviews session conference hearing meeting minutes diary logbook`.split(/\s+/),
);

/** True when every word of a label is a field name (or a number, or a joining word): `Date of birth`, `Next of kin`. */
export function isFieldLabel(label: string): boolean {
  const words = label.trim().toLowerCase().split(/[\s_]+/).map((word) => word.replace(/[.,]$/, ''));
  // `Também:`, `Hoje:`: an everyday word of another language, nobody's name, opening a diary line (not initials in
  // capitals: `DW:` is someone, whatever Welsh word it spells).
  // Not one that is an English word too (`Tam:` in minutes is Tam Docherty, whatever it means in Polish).
  if (words.length === 1 && /\p{Ll}/u.test(label) && FOREIGN_NEVER_NAMES.has(words[0]) && !isCommonWord(words[0])) return true;
  if (words.length > 1 && HEADING_HEADS.has(words[words.length - 1]) && words.every((word) => isCommonWord(word) && !FIRST_NAMES.has(word))) return true;
  if (!words.some((word) => FIELD_WORDS.has(word))) return false;
  return words.every((word) => FIELD_WORDS.has(word) || ROLE_WORDS.has(word) || /^\d+$/.test(word));
}
