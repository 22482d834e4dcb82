import { HelpDeskCalendar } from '../../src/domain/help-desk/hours';
import { loadHolidays } from '../../src/domain/help-desk/holiday-store';
import { loadConfig } from '../../src/config';
import { holidayListWarnings } from '../../src/domain/help-desk/holiday-lists';

const calendar = new HelpDeskCalendar(loadHolidays(loadConfig({}).contentDir));
/** India time as an instant: IST = UTC + 5:30. */
const ist = (local: string) => new Date(`${local}+05:30`);

describe('live query assistance hours (India time)', () => {
  it.each([
    ['Monday 10:00', '2026-11-23T10:00:00', 'open', undefined],
    ['Friday 16:59', '2026-11-27T16:59:00', 'open', undefined],
    ['Friday 17:00', '2026-11-27T17:00:00', 'closed', 'after-hours'],
    ['Monday 08:59', '2026-11-23T08:59:00', 'closed', 'before-hours'],
    ['Saturday noon', '2026-11-28T12:00:00', 'closed', 'weekend'],
    ["Guru Nanak's Birthday (Tuesday)", '2026-11-24T11:00:00', 'closed', 'holiday'],
    ['Christmas (Friday)', '2026-12-25T11:00:00', 'closed', 'holiday'],
  ])('%s is %s', (_name, local, state, reason) => {
    const status = calendar.status(ist(local));
    expect(status.state).toBe(state);
    expect(status.reason).toBe(reason);
  });

  it('names the holiday and the next opening after it', () => {
    const status = calendar.status(ist('2026-11-24T11:00:00'));
    expect(status.holidayName).toBe("Guru Nanak's Birthday");
    expect(status.nextOpen).toEqual(ist('2026-11-25T09:00:00'));
  });

  it('opens next on Monday 9:00 after a Friday evening', () => {
    expect(calendar.status(ist('2026-11-27T18:30:00')).nextOpen).toEqual(ist('2026-11-30T09:00:00'));
  });

  it('uses India time, not UTC: 03:45 UTC on a Monday is 09:15 IST', () => {
    expect(calendar.status(new Date('2026-11-23T03:45:00Z')).state).toBe('open');
  });

  it('does not claim to be open in a year with no holiday list: within hours on a weekday, open unless a holiday', () => {
    const status = calendar.status(ist('2027-03-03T11:00:00'));
    expect(status).toMatchObject({ state: 'unknown', reason: 'no-holiday-list', closesAt: ist('2027-03-03T17:00:00') });
  });

  it('past the loaded year, the next opening is the next weekday at 9, unconfirmed (it may be a holiday)', () => {
    const status = calendar.status(ist('2026-12-31T18:00:00'));
    expect(status).toMatchObject({ state: 'closed', reason: 'after-hours', nextOpen: ist('2027-01-01T09:00:00'), nextOpenUnconfirmed: true });
  });
});

describe('weekends and hours need no holiday list (2027 has none)', () => {
  it.each([
    ['Sunday 3 January 2027, 10:30', '2027-01-03T10:30:00', 'closed', 'weekend', '2027-01-04T09:00:00'],
    ['Saturday 9 January 2027, noon', '2027-01-09T12:00:00', 'closed', 'weekend', '2027-01-11T09:00:00'],
    ['Monday 4 January 2027, 22:30', '2027-01-04T22:30:00', 'closed', 'after-hours', '2027-01-05T09:00:00'],
    ['Tuesday 5 January 2027, 07:00', '2027-01-05T07:00:00', 'closed', 'before-hours', '2027-01-05T09:00:00'],
    ['Friday 8 January 2027, 17:30', '2027-01-08T17:30:00', 'closed', 'after-hours', '2027-01-11T09:00:00'],
  ])('%s is %s (%s), next opening %s unless a holiday', (_name, local, state, reason, next) => {
    expect(calendar.status(ist(local))).toMatchObject({ state, reason, nextOpen: ist(next), nextOpenUnconfirmed: true });
  });

  it('a known year still names its holidays and confirms its openings', () => {
    const status = calendar.status(ist('2026-12-25T10:00:00'));
    expect(status).toMatchObject({ state: 'closed', reason: 'holiday', holidayName: 'Christmas Day', nextOpen: ist('2026-12-28T09:00:00') });
    expect(status.nextOpenUnconfirmed).toBeUndefined();
  });
});

describe('holiday lists due', () => {
  it.each([
    ['31 October 2026, 23:59 IST', '2026-10-31T23:59:00', []],
    ['1 November 2026, 00:01 IST', '2026-11-01T00:01:00', [{ code: 'holiday-list-missing', year: 2027, when: 'next' }]],
    ['3 January 2027', '2027-01-03T10:30:00', [{ code: 'holiday-list-missing', year: 2027, when: 'current' }]],
    ['1 November 2027', '2027-11-01T10:00:00', [{ code: 'holiday-list-missing', year: 2027, when: 'current' }, { code: 'holiday-list-missing', year: 2028, when: 'next' }]],
  ])('%s', (_name, local, expected) => {
    expect(holidayListWarnings(calendar.years(), ist(local))).toEqual(expected);
  });

  it('in India time: 31 October 19:00 UTC is already 1 November', () => {
    expect(holidayListWarnings([2026], new Date('2026-10-31T19:00:00Z'))).toHaveLength(1);
  });
});
