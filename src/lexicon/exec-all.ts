/**
 * Every match of a global regex, as `String.prototype.matchAll` gives them,
 * but by `exec` on the regex itself. matchAll runs a copy of the regex (the
 * spec's species constructor), and in the full pipeline, where garbage
 * collections are frequent, V8 often runs those copies in its regexp
 * interpreter instead of compiled code: the dates stage measured 1.5–4.7 ms a
 * document through matchAll against 1.1 ms through exec (same matches).
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // An empty match would be found again at the same place: step over one code point, as matchAll does.
    if (m[0] === '') re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}
