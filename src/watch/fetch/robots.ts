/**
 * robots.txt as RFC 9309 reads it, small enough to own: groups of
 * `User-agent` lines followed by `Allow`/`Disallow` rules; the group naming
 * our product token wins over `*`; among matching rules the longest pattern
 * wins and `Allow` wins a tie; `*` matches any run of characters and a final
 * `$` anchors the end. `Crawl-delay` (not in the RFC, but common) is kept so
 * politeness can honour it.
 */

export interface Robots {
  /** Whether our agent may fetch `pathAndQuery` (e.g. `/news/a?id=1`). */
  allows(pathAndQuery: string): boolean;
  /** Seconds between requests the site asks of us, if it says. */
  readonly crawlDelay: number | null;
}

interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
  readonly regex: RegExp;
}

interface Group {
  readonly agents: string[];
  readonly rules: Rule[];
  crawlDelay: number | null;
}

/**
 * Bytes of robots.txt we read. RFC 9309 asks crawlers to parse at least
 * 500 KiB; anything past that is not a file a human maintains.
 */
export const ROBOTS_MAX_BYTES = 512 * 1024;

export const ALLOW_ALL: Robots = { allows: () => true, crawlDelay: null };
export const DISALLOW_ALL: Robots = { allows: (path) => path === '/robots.txt', crawlDelay: null };

const LINE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/;

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`);
}

/**
 * Percent-encodes what a path may carry raw (non-ASCII letters) and
 * upper-cases existing escapes, so `/новости` and `/%D0%BD…` compare equal.
 */
function normalisePath(path: string): string {
  return path
    .replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase())
    .replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

export function parseRobots(text: string, productToken: string): Robots {
  const token = productToken.toLowerCase();
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '');
    const m = LINE.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!;
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue; // rules before any User-agent belong to nobody
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow allows everything: it adds no rule.
      if (value === '') continue;
      const pattern = normalisePath(value.startsWith('/') || value.startsWith('*') ? value : `/${value}`);
      current.rules.push({ allow: key === 'allow', pattern, regex: compile(pattern) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }

  // Our own groups if any name us (a prefix of our token counts: `brink` matches `brinkwatch`), else `*`.
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && a !== '' && token.startsWith(a)));
  const chosen = ours.length > 0 ? ours : groups.filter((g) => g.agents.includes('*'));
  if (chosen.length === 0) return ALLOW_ALL;
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== null);
  return {
    crawlDelay: delays.length > 0 ? Math.max(...delays) : null,
    allows(pathAndQuery) {
      const path = normalisePath(pathAndQuery);
      if (path === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        if (
          !best ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
        ) {
          best = rule;
        }
      }
      return best ? best.allow : true;
    },
  };
}
