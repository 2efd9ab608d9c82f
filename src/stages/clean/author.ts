/**
 * The author box under an article: the byline's name again, alone on its
 * line, then the author's role and bio ("Guy Faulconbridge" / "Thomson
 * Reuters" / "Guy Faulconbridge is the Moscow bureau chief…", "HYUNG-JIN KIM"
 * / "Kim covers news in North Korea and South Korea."). The names come from
 * the page's own byline ("By Guy Faulconbridge and Andrew Osborn"), so a name
 * the article merely mentions never opens a box.
 */
import { wordCount, wordKey } from './text.ts';

/** Lines under the name that may belong to the box: a role, an employer, one bio. */
export const AUTHOR_BOX_MAX_LINES = 3;
/** A role or employer line under the name: a label of at most this many words ("Reporter", "Thomson Reuters"). */
export const AUTHOR_ROLE_MAX_WORDS = 3;
/** A bio is a few sentences at most. */
export const AUTHOR_BIO_MAX_WORDS = 60;

/** A name line is the name, perhaps after "About" / "À propos de": at most this many words. */
const NAME_LINE_MAX_WORDS = 7;

/** The box's heading may say "About" before the name ("About Stephen Losey", "À propos de …", "Über …"). */
const ABOUT = /^(?:about|à propos de|a propos de|über|sobre|acerca de)\s+/iu;

/** Words that join several authors in a byline, in every language Brink reads. */
// A slash, a bar or a spaced dash part the name from the author's title ("By Scott Turner / Journal Staff Writer").
const JOINERS = /\s*(?:,|&|\/|\||\s[-–—]\s|\band\b|\bet\b|\bund\b|\by\b|\bи\b|\bі\b|\be\b)\s*/iu;

/**
 * The names of a byline line: the words after its first word (the intro
 * "By", "Par", "Von", "Автор:"), cut at the joiners; names of two to four words.
 */
export function bylineNames(line: string): string[] {
  const rest = line.trim().replace(/^\S+\s+/, '');
  return rest
    .split(JOINERS)
    .map((n) => n.trim())
    .filter((n) => {
      const w = wordCount(n);
      return w >= 2 && w <= 4 && /^\p{Lu}/u.test(n);
    });
}

/**
 * What follows an author's name at the opening of a bio: a copula or a
 * reporter's verb ("Jane Doe is a reporter…", "… covers the Pentagon", "…
 * est correspondant…", "… ist Korrespondent…"). An article that names its
 * own author in a sentence is rare; one that does so with these verbs,
 * after its first paragraph, rarer still.
 */
const BIO_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'covers', 'reports', 'writes', 'joined', 'has',
  'est', 'couvre', 'a', 'travaille',
  'ist', 'berichtet', 'schreibt', 'war',
  'es', 'cubre', 'escribe', 'fue',
  'является', 'работает', 'пишет', 'є', 'працює', 'пише',
]);

function opensBio(key: string, names: ReadonlyMap<string, readonly string[]>): boolean {
  for (const parts of names.values()) {
    // The byline may run the name into the employer ("By Emma Colton Fox News"): its first two
    // words and more are the name too.
    for (let n = parts.length; n >= 2; n--) {
      const name = parts.slice(0, n).join(' ');
      if (!key.startsWith(`${name} `)) continue;
      const next = key.slice(name.length + 1).split(' ', 1)[0]!;
      if (BIO_VERBS.has(next)) return true;
    }
    // A bio may call the author by the family name, after a rank or title from the byline or
    // alone ("By Commander John R. Hale, U.S. Navy (Retired)" / "Commander Hale is a retired
    // submarine officer…").
    const family = parts[parts.length - 1]!;
    if (parts.length < 2 || family.length < FAMILY_NAME_MIN_CHARS) continue;
    for (const name of [`${parts[0]!} ${family}`, family]) {
      if (key.startsWith(`${name} `) && BIO_VERBS.has(key.slice(name.length + 1).split(' ', 1)[0]!)) return true;
    }
  }
  return false;
}

/** A family name this short ("Li", "Wu") may be a word of the bio's own; it opens one only with the given name. */
export const FAMILY_NAME_MIN_CHARS = 3;

export interface AuthorLine {
  readonly text: string;
  /** Already judged furniture by another rule, or blank. */
  readonly removed: boolean;
  readonly blank: boolean;
}

/**
 * Indexes of the author box's lines in `lines`, from `from` on: each line
 * that is one of `names` alone, and up to AUTHOR_BOX_MAX_LINES lines under it
 * that are a short role or open with the name, the family name or the given name. With
 * `freeBio` off (names read from a bare name line, which may be a kicker), only boxes under the
 * name alone again are taken, not a bio standing without it.
 */
export function authorBoxLines(lines: readonly AuthorLine[], names: readonly string[], from: number, freeBio = true): number[] {
  if (names.length === 0) return [];
  const keys = new Map(names.map((n) => [wordKey(n), wordKey(n).split(' ')]));
  const out: number[] = [];
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const l = lines[i]!;
    // A line already taken as the bio under a name line is not looked at again.
    if (l.blank || l.removed || out[out.length - 1] === i) continue;
    // Without free bios only a name line can open a box: a longer line is not read.
    if (!freeBio && wordCount(l.text) > NAME_LINE_MAX_WORDS) continue;
    const key = wordKey(l.text.replace(ABOUT, ''));
    const parts = keys.get(key);
    if (!parts) {
      // The bio with no name line above it: "Choe Sang-Hun is The Times's Seoul bureau chief…".
      if (freeBio && wordCount(l.text) <= AUTHOR_BIO_MAX_WORDS && opensBio(key, keys)) out.push(i);
      continue;
    }
    out.push(i);
    const family = parts[parts.length - 1]!;
    const full = parts.join(' ');
    for (let j = i + 1, seen = 0; j < lines.length && seen < AUTHOR_BOX_MAX_LINES; j++) {
      const m = lines[j]!;
      if (m.blank) continue;
      seen++;
      if (m.removed) continue;
      const key = wordKey(m.text);
      const n = wordCount(m.text);
      const role = n <= AUTHOR_ROLE_MAX_WORDS && !/[.!?:;]$/.test(m.text.trim());
      // Under the name, the bio may call the author by the given name ("Karen joined the Post in 2017…").
      const bio = n <= AUTHOR_BIO_MAX_WORDS && (key.startsWith(`${full} `) || key.startsWith(`${family} `) || key.startsWith(`${parts[0]!} `));
      if (!role && !bio) break;
      out.push(j);
    }
  }
  return out;
}
