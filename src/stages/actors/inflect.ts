/**
 * Case forms of Russian and Ukrainian name words, generated when the
 * gazetteer is compiled so that "Путина", "Путину", "Путиным", "Путине",
 * "Захаровой", "Зеленского", "Москвы", "Кремлю" find the entry written
 * "Путин", "Захарова", "Зеленский", "Москва", "Кремль".
 *
 * The rules are the regular declensions of surnames, first names and place
 * names; they over-generate a little (every ending of the word's class, both
 * languages' endings), which is harmless because a form only matters when it
 * sits where the name is expected. Words that do not decline (ending in -о,
 * -у, -е, -и, -ю: Шойгу, Гросси, Кличко) and words shorter than three letters
 * get no extra forms.
 */

const CYRILLIC = /^[\u0400-\u04ff]+$/u;

/** Adjectival surnames and adjectives: -ский, -цкий, -ой, -ый, and their feminine -ая. */
const ADJECTIVE_ENDINGS: readonly [string, readonly string[]][] = [
  // Russian
  ['ий', ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими', 'ей', 'ему', 'ее', 'яя', 'юю']],
  ['ый', ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ых', 'ыми']],
  ['ой', ['ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых', 'ыми']],
  ['ая', ['ая', 'ой', 'ую', 'ий', 'ого', 'ому', 'им', 'ом', 'ое', 'ие', 'их', 'ими']],
  // Ukrainian (-ський, -ий, -ій)
  ['ій', ['ій', 'ього', 'ьому', 'ім', 'ій', 'я', 'ю', 'є', 'і', 'іх', 'іми']],
  ['ий', ['ого', 'ому', 'им', 'а', 'ої', 'у', 'ій', 'е', 'і', 'их', 'ими']],
  ['а', ['ої', 'ій', 'у']],
];

/** Noun declension by final letter(s): the ending replaced, and the endings that replace it. */
const NOUN_ENDINGS: readonly [string, readonly string[]][] = [
  ['ий', ['ия', 'ию', 'ием', 'ии']],
  ['ій', ['ія', 'ію', 'ієм', 'ії']],
  ['ия', ['ии', 'ию', 'ией', 'ія']],
  ['ія', ['ії', 'ію', 'ією', 'ії']],
  ['ья', ['ьи', 'ье', 'ью', 'ьей']],
  ['а', ['ы', 'и', 'е', 'у', 'ой', 'ей', 'ою', 'і']],
  ['я', ['и', 'е', 'ю', 'ей', 'ею', 'ї', 'і']],
  ['ь', ['я', 'ю', 'ем', 'ём', 'е', 'ю', 'і']],
  ['й', ['я', 'ю', 'ем', 'е', 'і', 'єм']],
];

/** Endings added to a word ending in a consonant (Путин, Лавров, Байден, Макрон, Путін). */
const CONSONANT_ADDITIONS = ['а', 'у', 'ом', 'ым', 'им', 'ем', 'е', 'ові', 'і'];
const INDECLINABLE_FINAL = /[оуеиюэіє]$/u;
const VOWEL_FINAL = /[аяоуеиюыэіїє]$/u;

function isAdjectival(word: string): boolean {
  // Plain -ий is a noun first name (Дмитрий, Юрий, Евгений), not an adjective.
  return /(?:ский|цкий|ской|цкой|ская|цкая|ський|цький|ська|цька|ый|ой|ая)$/u.test(word);
}

/**
 * Case forms of one folded word (the word itself included). Non-Cyrillic
 * words and short words are returned as they are.
 */
export function caseForms(word: string): string[] {
  if (word.length < 3 || !CYRILLIC.test(word)) return [word];
  const forms = new Set<string>([word]);
  if (isAdjectival(word)) {
    for (const [ending, replacements] of ADJECTIVE_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      for (const r of replacements) forms.add(stem + r);
    }
    return [...forms];
  }
  if (INDECLINABLE_FINAL.test(word)) return [word];
  for (const [ending, replacements] of NOUN_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    for (const r of replacements) forms.add(stem + r);
    return [...forms];
  }
  if (!VOWEL_FINAL.test(word)) for (const a of CONSONANT_ADDITIONS) forms.add(word + a);
  return [...forms];
}
