// Calendar arithmetic on partial dates: a year, a month of a year, or a day. Everything is
// done in UTC on plain numbers so results never depend on the machine's time zone.

/** A date at the precision the text gives: month and day are absent when the text does not state them. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function toIso(d: PartialDate): string {
  const y = String(d.year).padStart(4, "0");
  if (d.month === undefined) return y;
  const m = String(d.month).padStart(2, "0");
  if (d.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, "0")}`;
}

/** Parses `YYYY-MM-DD` (also a longer ISO timestamp) into a day; null when it is not a real date. */
export function parseDay(value: string | null | undefined): Required<PartialDate> | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number since the epoch, for arithmetic. */
export function dayNumber(d: Required<PartialDate>): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

export function fromDayNumber(n: number): Required<PartialDate> {
  const t = new Date(n * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Required<PartialDate>, days: number): Required<PartialDate> {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Required<PartialDate>): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The stretch from `first` to `last` (inclusive days) at the finest precision that names it as
 * one ISO value: a single day, a month when both ends share it, otherwise a year when they share
 * that, otherwise null. A week (Monday to Sunday) thus becomes its month, or its year across a
 * month boundary.
 */
export function commonPrecision(first: Required<PartialDate>, last: Required<PartialDate>): PartialDate | null {
  if (first.year !== last.year) return null;
  if (first.month !== last.month) return { year: first.year };
  if (first.day !== last.day) return { year: first.year, month: first.month };
  return { ...first };
}

/** Compares partial dates on their common precision: negative when a is before b. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
