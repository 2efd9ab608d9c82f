/**
 * Resolving a recognised time expression against the publication date.
 *
 * The rule throughout: an expression without a year names the most recent
 * such date on or before publication (a news text reports what happened);
 * periods are dated to the coarsest unit that contains them (SIGNALS.md §3).
 */
import {
  addDays,
  coarsen,
  dayDate,
  isLeap,
  isValidDay,
  lastOrdinal,
  monthDate,
  ordinal,
  weekday,
  yearDate,
  type CalendarDate,
} from './calendar.ts';
import type { Season, TimeValue } from './grammar.ts';

/**
 * A yearless day up to this many days after publication stays in the
 * publication's year: texts announce events of the coming days ("referendums
 * from 23 to 27 September"); anything later is read as last year's.
 */
export const FUTURE_TOLERANCE_DAYS = 7;

/**
 * "Last week" is dated to the month holding the middle of that week: a week
 * is not a precision the output has, and its middle is about this many days
 * before publication.
 */
export const LAST_WEEK_MIDDLE_DAYS = 4;

/** The month each season starts in (northern hemisphere, meteorological). */
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/**
 * The year for a yearless month/day: the publication's, or the one before when
 * that would put it after publication. 29 February goes back to a leap year.
 */
export function yearFor(month: number, day: number, published: CalendarDate): number {
  let year = published.year;
  if (published.precision !== 'year') {
    const candidate = ordinal(dayDate(year, month, Math.min(day, 28)));
    if (candidate > lastOrdinal(published) + FUTURE_TOLERANCE_DAYS) year -= 1;
  }
  while (month === 2 && day === 29 && !isLeap(year)) year -= 1;
  return year;
}

/**
 * The date an expression names, or null when it cannot be placed (no
 * publication date for a relative expression, an impossible day).
 * `previous` is the last expression resolved before this one in the text
 * (for "that month").
 */
export function resolveTime(value: TimeValue, published: CalendarDate | null, previous: CalendarDate | null): CalendarDate | null {
  switch (value.kind) {
    case 'date': {
      if (value.year !== undefined) return isValidDay(value.year, value.month, value.day) ? dayDate(value.year, value.month, value.day) : null;
      if (!published) return null;
      const year = yearFor(value.month, value.day, published);
      return isValidDay(year, value.month, value.day) ? dayDate(year, value.month, value.day) : null;
    }
    case 'month': {
      if (value.year !== undefined) return monthDate(value.year, value.month);
      if (!published) return null;
      if (published.precision === 'year') return monthDate(published.year, value.month);
      const year = value.month > published.month ? published.year - 1 : published.year;
      return monthDate(year, value.month);
    }
    case 'year':
      return yearDate(value.year);
    case 'season': {
      if (value.year !== undefined) return yearDate(value.year);
      if (!published) return null;
      if (value.relative === 0) return yearDate(published.year);
      const startsAfter = SEASON_START[value.season] > (published.precision === 'year' ? 12 : published.month);
      if (value.relative === -1) return yearDate(published.year - 1);
      return yearDate(startsAfter ? published.year - 1 : published.year);
    }
    case 'weekday': {
      if (!published || published.precision === 'year') return null;
      if (published.precision === 'month') return published;
      const back = (weekday(published) - value.weekday + 7) % 7;
      return addDays(published, -back);
    }
    case 'relative': {
      if (!published) return null;
      switch (value.unit) {
        case 'day':
          return published.precision === 'day' ? addDays(published, value.offset) : published;
        case 'week':
          if (published.precision === 'year') return published;
          if (published.precision === 'month') return published;
          return coarsen(addDays(published, value.offset === 0 ? 0 : 7 * value.offset + (7 - LAST_WEEK_MIDDLE_DAYS)), 'month');
        case 'month':
          return published.precision === 'year' ? published : monthDate(published.year, published.month + value.offset);
        case 'year':
          return yearDate(published.year + value.offset);
      }
      return null;
    }
    case 'recent':
      return published ? yearDate(published.year) : null;
    case 'anaphoric-month':
      return previous && previous.precision !== 'year' ? coarsen(previous, 'month') : null;
  }
}
