import { HelpDeskCalendar } from '../../src/domain/help-desk/hours';
import { loadHolidays } from '../../src/domain/help-desk/holiday-store';
import { loadConfig } from '../../src/config';

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

  it('does not claim to be open in a year with no holiday list', () => {
    expect(calendar.status(ist('2027-03-03T11:00:00')).state).toBe('unknown');
  });

  it('does not guess the next opening past the loaded year', () => {
    const status = calendar.status(ist('2026-12-31T18:00:00'));
    expect(status.state).toBe('closed');
    expect(status.nextOpen).toBeUndefined();
  });
});
