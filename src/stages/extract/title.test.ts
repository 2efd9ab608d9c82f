import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseTitle, type HeadlineCandidate, normaliseTitle, stripSiteName } from './title.ts';

// [metadata title, site names, url, expected]
const STRIP: [string, string[], string | undefined, string][] = [
  ['Officials warn of missile test - The Washington Post', ['The Washington Post'], undefined, 'Officials warn of missile test'],
  ['Markets slide as talks stall | Reuters', [], 'https://www.reuters.com/markets/x', 'Markets slide as talks stall'],
  ['Editorial Board: a city on the brink | Editorial | Opinion | The Daily Planet', ['The Daily Planet'], undefined, 'Editorial Board: a city on the brink'],
  ['The Daily Planet view on the summit: too little, too late', ['The Daily Planet'], undefined, 'The Daily Planet view on the summit: too little, too late'],
  ['Le Monde – Dissuasion : ce que dit la doctrine', ['Le Monde'], undefined, 'Dissuasion : ce que dit la doctrine'],
  ['Spiced pear jam recipe | The Anti-June Cleaver', [], 'https://theantijunecleaver.com/2017/12/jam', 'Spiced pear jam recipe'],
  ['About bugs – Vortex Cannon Entertainment', [], 'https://www.vortexcannon.com/bugs', 'About bugs'],
  ['В Кремле прокомментировали учения — Новости Дня', ['Новости Дня'], undefined, 'В Кремле прокомментировали учения'],
  ['Trump - the man and the myth', [], undefined, 'Trump - the man and the myth'],
  ['Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars - VG247', [], 'https://www.vg247.com/x', 'Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars'],
  ['A headline with no site name at all', ['Some Site'], 'https://some.example/', 'A headline with no site name at all'],
  ['Caf&#233; owners protest &amp; march', [], undefined, 'Café owners protest & march'],
  ['  spaced   out   title  ', [], undefined, 'spaced out title'],
];

for (const [title, sites, url, expected] of STRIP) {
  test(`stripSiteName: ${title}`, () => {
    assert.equal(stripSiteName(title, sites, url), expected);
  });
}

const h1 = (text: string, near = true, furniture = false, distance = 1): HeadlineCandidate => ({ text, tag: 'h1', near, furniture, distance });
const block = (text: string, tag = 'p', near = true): HeadlineCandidate => ({ text, tag, near, furniture: false, distance: 1 });

test('chooseTitle: the visible h1 by the article wins over a differently worded SEO title', () => {
  const t = chooseTitle({
    metaTitles: ['Prison guards charged in Epstein death | News Site'],
    candidates: [h1('Two prison officers charged with falsifying records before Epstein death')],
    siteNames: ['News Site'],
    url: undefined,
  });
  assert.equal(t, 'Two prison officers charged with falsifying records before Epstein death');
});

test('chooseTitle: an h1 that agrees with the metadata wins over a nearer one that does not', () => {
  const t = chooseTitle({
    metaTitles: ['Flood warnings issued for the delta - Courier'],
    candidates: [h1('Flood warnings issued for the delta', false), h1('Most popular')],
    siteNames: ['Courier'],
    url: undefined,
  });
  assert.equal(t, 'Flood warnings issued for the delta');
});

test('chooseTitle: a logo h1 far from the article is not the headline; a near block agreeing with the metadata is', () => {
  const t = chooseTitle({
    metaTitles: ['Ceasefire holds for a second day - Entermedia'],
    candidates: [h1('Entermedia', false), block('Ceasefire holds for a second day', 'dt')],
    siteNames: [],
    url: undefined,
  });
  assert.equal(t, 'Ceasefire holds for a second day');
});

test('chooseTitle: the stripped metadata title when no heading fits, the first h1 when nothing else exists', () => {
  assert.equal(chooseTitle({ metaTitles: ['Rates held at 4% | Money Desk'], candidates: [h1('Menu', false)], siteNames: ['Money Desk'], url: undefined }), 'Rates held at 4%');
  assert.equal(chooseTitle({ metaTitles: [], candidates: [h1('Only a heading here', false)], siteNames: [], url: undefined }), 'Only a heading here');
  assert.equal(chooseTitle({ metaTitles: [], candidates: [], siteNames: [], url: undefined }), null);
});

test('chooseTitle: of two h1s near the article and unconfirmed by metadata, the nearer one', () => {
  const t = chooseTitle({ metaTitles: [], candidates: [h1('Policy Notes blog', true, false, 3), h1('Why the talks stalled again', true, false, 1)], siteNames: [], url: undefined });
  assert.equal(t, 'Why the talks stalled again');
});

test('chooseTitle: an h1 inside furniture is taken only when it agrees with the metadata', () => {
  const base = { siteNames: ['Auto News'], url: undefined };
  assert.equal(
    chooseTitle({ ...base, metaTitles: ['New hatchback debuts in Tokyo - Auto News'], candidates: [h1('New hatchback debuts in Tokyo', false, true)] }),
    'New hatchback debuts in Tokyo',
  );
  assert.equal(
    chooseTitle({ ...base, metaTitles: ['New hatchback debuts in Tokyo - Auto News'], candidates: [h1('Latest reviews from our team', true, true)] }),
    'New hatchback debuts in Tokyo',
  );
});

test('normaliseTitle folds case, quote marks and spaces', () => {
  assert.equal(normaliseTitle('  ‘Meth. We’re On It’  '), normaliseTitle("'meth. we're on it'"));
  assert.notEqual(normaliseTitle('Rates held'), normaliseTitle('Rates hold'));
});
