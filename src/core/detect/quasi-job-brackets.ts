/**
 * A job in brackets after a person's name, as attendance lists, workshop transcripts and labels give it:
 * `**Dr. Adaeze Nwachukwu (consultant obstetrician, IGH):**`, `Mr. Emeka Ugwu (chairman, Okada Riders' Association)`,
 * `Matron Ògúnlèyè (matron, labour ward)`. Only a phrase whose last word names a job (`(brother and sister)`,
 * `(via interpreter)` and `(laughs)` are none).
 */
import { matchAll, type Candidate } from './detector';
import { otherAt } from './quasi-cues';
import { isJobPhrase } from './quasi-occupation';

/** Lower-case words, the last of which may be a job's capitals (`locum GP`, `BOM chair` has them first). */
const JOB_IN_BRACKETS = /(?<=\p{Lu}[\p{Ll}\p{M}'’.-]+[ \t]+\()((?:\p{Ll}[\p{Ll}\p{M}'’-]*|\p{Lu}{2,4})(?:[ \t]+(?:\p{Ll}[\p{Ll}\p{M}'’-]*|\p{Lu}{2,4})){0,3})(?=[ \t]*[,;)])/gu;

export function jobsInBracketsAfterNames(text: string): Candidate[] {
  if (!text.includes('(')) return [];
  return matchAll(text, JOB_IN_BRACKETS, (match) =>
    !NOT_FIRST.has(match[1].split(/[ \t]/)[0]) && isJobPhrase(match[1]) ? otherAt(match.index, match.index + match[1].length, 0.45, 'occupation in brackets after a name') : undefined,
  );
}

/** How a bracket says who speaks, not what they do: `(via interpreter)`, `(with her carer)`, `(as chair)`. */
const NOT_FIRST = new Set('via with by for through from to as and or the a an his her their my our speaking reading translated interpreted'.split(' '));
/** The study's own people, named in a chat export's labels (`Hannah (researcher):`): their role identifies no participant. */
export const STUDY_ROLES: ReadonlySet<string> = new Set(['researcher', 'interviewer', 'facilitator', 'moderator', 'transcriber', 'note-taker', 'notetaker', 'research assistant', 'lead researcher', 'co-facilitator']);
