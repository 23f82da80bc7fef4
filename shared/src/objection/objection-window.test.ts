import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  dateInZone,
  isTimeZone,
  isWithinObjectionWindow,
  objectionWindow,
  OBJECTION_WINDOW_DAYS,
  startOfDayInZone,
} from './objection-window.js';

const WIB = 'Asia/Jakarta';
/** An instant given as WIB wall-clock time (UTC+7, no daylight saving). */
const wib = (local: string) => new Date(`${local}+07:00`);

describe('the objection window (PP 30/2019: 14 calendar days from receiving the result, in the unit’s time zone)', () => {
  it('PP 30/2019: received 2026-03-03 23:30 WIB → the last day is 2026-03-17, to 23:59:59 WIB', () => {
    const received = wib('2026-03-03T23:30:00');
    expect(OBJECTION_WINDOW_DAYS).toBe(14);
    expect(objectionWindow(received, WIB)).toEqual({
      lastDay: '2026-03-17',
      deadline: new Date('2026-03-17T16:59:59.999Z'),
    });
    expect(isWithinObjectionWindow(received, wib('2026-03-17T23:59:00'), WIB)).toBe(true);
    expect(isWithinObjectionWindow(received, wib('2026-03-17T23:59:59.999'), WIB)).toBe(true);
    expect(isWithinObjectionWindow(received, wib('2026-03-18T00:00:00'), WIB)).toBe(false);
    expect(isWithinObjectionWindow(received, received, WIB)).toBe(true);
  });

  it('PP 30/2019: counts calendar days in WIB, not 14 × 24 hours and not UTC days', () => {
    // 00:10 WIB on 3 March is still 2 March in UTC; the day of receipt is the WIB day.
    const early = wib('2026-03-03T00:10:00');
    expect(dateInZone(early, 'UTC')).toBe('2026-03-02');
    expect(objectionWindow(early, WIB).lastDay).toBe('2026-03-17');
    // 14 × 24 h after receipt would end at 00:10 on 17 March; the whole of 17 March counts.
    expect(isWithinObjectionWindow(early, wib('2026-03-17T20:00:00'), WIB)).toBe(true);
  });

  it('PP 30/2019: follows the unit’s zone (WITA, WIT) and crosses months and years', () => {
    const received = new Date('2026-12-25T16:30:00Z'); // 23:30 WIB, 00:30 WITA (26 Dec), 01:30 WIT (26 Dec)
    expect(objectionWindow(received, WIB).lastDay).toBe('2027-01-08');
    expect(objectionWindow(received, 'Asia/Makassar')).toEqual({
      lastDay: '2027-01-09',
      deadline: new Date('2027-01-09T15:59:59.999Z'),
    });
    expect(objectionWindow(received, 'Asia/Jayapura').deadline).toEqual(new Date('2027-01-09T14:59:59.999Z'));
    expect(objectionWindow(wib('2028-02-20T08:00:00'), WIB).lastDay).toBe('2028-03-05'); // leap year
  });

  it('PP 30/2019: keeps the last day whole across a daylight-saving change', () => {
    // Amsterdam moves from UTC+1 to UTC+2 on 29 March 2026.
    const received = new Date('2026-03-20T12:00:00Z');
    expect(objectionWindow(received, 'Europe/Amsterdam')).toEqual({
      lastDay: '2026-04-03',
      deadline: new Date('2026-04-03T21:59:59.999Z'),
    });
    expect(startOfDayInZone('2026-03-29', 'Europe/Amsterdam')).toEqual(new Date('2026-03-28T23:00:00Z'));
    expect(startOfDayInZone('2026-03-30', 'Europe/Amsterdam')).toEqual(new Date('2026-03-29T22:00:00Z'));
  });

  it('adds calendar days and reads dates in a zone', () => {
    expect(addCalendarDays('2026-02-20', 14)).toBe('2026-03-06');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(dateInZone(new Date('2026-03-03T17:00:00Z'), WIB)).toBe('2026-03-04');
    expect(startOfDayInZone('2026-03-18', WIB)).toEqual(new Date('2026-03-17T17:00:00Z'));
  });

  it('knows IANA time-zone names and refuses anything else', () => {
    for (const name of [
      'Asia/Jakarta',
      'Asia/Makassar',
      'Asia/Jayapura',
      'UTC',
      'America/Argentina/Buenos_Aires',
      'Etc/GMT-7',
    ]) {
      expect(isTimeZone(name), name).toBe(true);
    }
    for (const name of [
      '',
      'WIB',
      'Asia/Pangkalpinang',
      '+07:00',
      'UTC+7',
      'Asia/Jakarta ',
      '../etc/passwd',
      `Asia/${'x'.repeat(80)}`,
    ]) {
      expect(isTimeZone(name), name).toBe(false);
    }
  });
});
