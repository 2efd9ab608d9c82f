/**
 * Feeds and article pages for the watcher's tests and benchmark, shaped like
 * real ones: an RSS 2.0 channel, and article pages with site furniture, a
 * headline, paragraphs and (optionally) the metadata news sites declare
 * (Open Graph, JSON-LD `datePublished`, canonical link).
 */

export interface ArticleSpec {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** JSON-LD and Open Graph publication time, when the page declares one. */
  readonly published?: string;
  readonly canonical?: string;
  readonly site?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articleHtml(spec: ArticleSpec): string {
  const site = spec.site ?? 'Example Wire';
  const head = [
    `<meta charset="utf-8"><title>${escapeHtml(spec.title)} | ${escapeHtml(site)}</title>`,
    `<meta property="og:title" content="${escapeHtml(spec.title)}">`,
    spec.published ? `<meta property="article:published_time" content="${spec.published}">` : '',
    spec.published ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: spec.title, datePublished: spec.published })}</script>` : '',
    spec.canonical ? `<link rel="canonical" href="${escapeHtml(spec.canonical)}">` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head>${head}</head>
<body>
<header><a href="/">${escapeHtml(site)}</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main><article>
<h1>${escapeHtml(spec.title)}</h1>
${spec.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Markets close higher</a></li><li><a href="/y">Weather warning issued</a></li></ul></aside></main>
<footer><p>© ${escapeHtml(site)}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`;
}

export interface FeedItemSpec {
  readonly title: string;
  readonly link: string;
  readonly guid?: string;
  readonly pubDate?: string;
  readonly description?: string;
}

export function rssXml(title: string, link: string, items: readonly FeedItemSpec[]): string {
  const item = (i: FeedItemSpec) =>
    `<item><title>${escapeHtml(i.title)}</title><link>${escapeHtml(i.link)}</link>` +
    (i.guid ? `<guid isPermaLink="false">${escapeHtml(i.guid)}</guid>` : '') +
    (i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : '') +
    (i.description ? `<description>${escapeHtml(i.description)}</description>` : '') +
    '</item>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeHtml(title)}</title><link>${escapeHtml(link)}</link><description>${escapeHtml(title)}</description>
${items.map(item).join('\n')}
</channel></rss>`;
}

/**
 * Sentences for generated articles. Each generated article takes a different
 * selection and adds sentences of its own, so that many of them are distinct
 * stories rather than near-duplicates of one.
 */
const POOL = [
  'Officials in the capital declined to comment on the timing of the announcement.',
  'The ministry said the exercise had been planned months in advance and posed no threat.',
  'Analysts said the statement was aimed as much at a domestic audience as at foreign governments.',
  'Diplomats from several European countries met behind closed doors on Thursday evening.',
  'The defence committee is expected to publish its findings before the end of the year.',
  'Satellite images reviewed by independent researchers showed new construction at the site.',
  'A spokesman for the alliance said it saw no change in the posture of strategic forces.',
  'Parliament will debate the measure next week, according to the speaker’s office.',
  'The foreign minister repeated that channels of communication remained open.',
  'Markets reacted calmly, with bond yields little changed by the close of trading.',
  'The talks, held in Geneva, ended without a joint statement.',
  'Experts cautioned that the rhetoric had been heard before and should not be over-interpreted.',
  'The embassy issued a short note confirming that the meeting had taken place.',
  'Several governments summoned ambassadors to seek clarification of the remarks.',
  'The report draws on interviews with more than forty current and former officials.',
  'Local authorities said civil defence shelters were being inspected as a routine matter.',
  'The agency said inspectors would return to the facility later this month.',
  'Opposition politicians accused the government of downplaying the risks.',
  'The statement was published shortly after midnight on the ministry’s website.',
  'Military observers from neighbouring states were invited to attend the drills.',
];

const PLACES = ['Vienna', 'Geneva', 'Brussels', 'Warsaw', 'Helsinki', 'Ankara', 'Tallinn', 'Vilnius', 'Riga', 'Oslo', 'Prague', 'Bucharest'];

/** A deterministic, distinct article for item `n` (a small linear congruential generator picks its sentences). */
export function generatedArticle(n: number, base: string): ArticleSpec & { readonly link: string } {
  let seed = (n * 2654435761) >>> 0;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  const place = PLACES[n % PLACES.length]!;
  const picks = Array.from({ length: 6 }, () => POOL[next() % POOL.length]!);
  const paragraphs = [
    `Delegations gathered in ${place} on day ${n + 1} of the consultations, according to statement number ${1000 + n} released by the organisers.`,
    `${picks[0]} ${picks[1]}`,
    `${picks[2]} The session numbered ${n} lasted ${40 + (n % 50)} minutes and involved ${3 + (n % 9)} delegations.`,
    `${picks[3]} ${picks[4]}`,
    `${picks[5]} Further meetings in ${PLACES[(n + 5) % PLACES.length]} were scheduled for later in the month.`,
  ];
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    title: `Consultations in ${place} continue, session ${n}`,
    paragraphs,
    published: `2024-11-${day}T09:${String(n % 60).padStart(2, '0')}:00Z`,
    link: `${base}/articles/${n}`,
  };
}
