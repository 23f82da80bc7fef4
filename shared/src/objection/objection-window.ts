/**
 * The objection window of PP 30/2019: an employee may object (keberatan) within 14 calendar days from the
 * day they first receive the result of their assessment. Days are calendar days of the employee's unit's
 * time zone (WIB, Asia/Jakarta, for Pangkalpinang): the day of receipt is day 0, and the whole last day
 * counts, up to 23:59:59 in that zone. Pure functions on instants; used by the server (authority) and the web.
 */

/** Calendar days after the day of receipt on which an objection may still be filed. */
export const OBJECTION_WINDOW_DAYS = 14;

/** The time zone of a unit unless it says otherwise: WIB. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** The longest time-zone name accepted (IANA names are far shorter). */
export const TIME_ZONE_MAX_LENGTH = 64;

/** IANA zone names: `Area/Location[/Sub]`, or a single word such as `UTC`; no offsets (`+07:00`) or POSIX rules. */
const ZONE_NAME = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether `name` is an IANA time-zone name this runtime knows (e.g. `Asia/Jakarta`, `Asia/Makassar`, `UTC`). */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > TIME_ZONE_MAX_LENGTH || !ZONE_NAME.test(name)) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const c = wallClock(whole, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - whole;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  const c = wallClock(instant.getTime(), timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** The date `days` calendar days after `date` (YYYY-MM-DD). */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The first instant of a calendar day (YYYY-MM-DD) in a time zone (its local midnight). */
export function startOfDayInZone(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall - offsetAt(wall, timeZone);
  // Across a change of offset (daylight saving) the first guess used the other side's offset.
  const corrected = wall - offsetAt(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

export interface ObjectionWindow {
  /** The last day (YYYY-MM-DD, in the unit's time zone) on which an objection may be filed. */
  lastDay: string;
  /** The last instant of that day (23:59:59.999 in the zone): an objection filed at or before it is in time. */
  deadline: Date;
}

/** The objection window of a result first received at `receivedAt` by an employee of a unit in `timeZone`. */
export function objectionWindow(receivedAt: Date, timeZone: string): ObjectionWindow {
  const lastDay = addCalendarDays(dateInZone(receivedAt, timeZone), OBJECTION_WINDOW_DAYS);
  const deadline = new Date(startOfDayInZone(addCalendarDays(lastDay, 1), timeZone).getTime() - 1);
  return { lastDay, deadline };
}

/** Whether an objection filed at `at` is in time for a result received at `receivedAt` (the whole last day counts). */
export function isWithinObjectionWindow(receivedAt: Date, at: Date, timeZone: string): boolean {
  return at.getTime() <= objectionWindow(receivedAt, timeZone).deadline.getTime();
}
