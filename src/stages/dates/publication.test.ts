import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format } from './calendar.ts';
import { datelineDate } from './publication.ts';

const HITS: ReadonlyArray<readonly [string, string]> = [
  ['Published: 22 November 2024', '2024-11-22'],
  ['Updated June 16, 2023, 6:05 PM', '2023-06-16'],
  ['November 19, 2024 9:41 AM GMT', '2024-11-19'],
  ['Thu 31 Oct 2024 03.55 GMT', '2024-10-31'],
  ['Publié le 6 mars 2025 à 10h12', '2025-03-06'],
  ['21/11/2024 à 21:30', '2024-11-21'],
  ['Главное к утру 6 декабря 2024:', '2024-12-06'],
  ['Mis à jour le 21 novembre 2024 à 14h05', '2024-11-21'],
  ['Опубликовано: 21.11.2024 в 14:05', '2024-11-21'],
];

const MISSES: readonly string[] = [
  // A sentence that mentions a date is prose, not the page's date line.
  'The State Duma voted unanimously for the bill on October 18, 2023, officials said.',
  'Putin warned the West on 21 November 2024',
  // No year: a wire dateline alone does not say which year.
  'MOSCOW, Nov 19 (Reuters) -',
  // A month without a day is not a publication line.
  'March 2024',
];

test('a line of its own stating a full date is the publication date', () => {
  for (const [line, want] of HITS) {
    const got = datelineDate([line], null);
    assert.equal(got && format(got), want, line);
  }
});

test('prose, yearless datelines and bare months are not date lines', () => {
  for (const line of MISSES) assert.equal(datelineDate([line], null), null, line);
});

test('the first date line wins and a date after "now" is skipped', () => {
  const got = datelineDate(['Published: 2 March 2023', 'Updated: 4 March 2023'], null);
  assert.equal(got && format(got), '2023-03-02');
  const now = { year: 2023, month: 3, day: 3, precision: 'day' } as const;
  assert.equal(datelineDate(['Updated: 4 March 2023'], now), null);
});
