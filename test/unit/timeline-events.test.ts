import { timelineEvents } from '../../src/domain/timeline-events';

const designation = (
  name: string,
  decided_on: string,
  listed_on: string | null = null,
  ended_on: string | null = null,
) => ({
  name,
  decided_on,
  listed_on,
  ended_on,
});

describe('timelineEvents', () => {
  it('orders decided, listed and ended dates of all designations by date', () => {
    const events = timelineEvents([
      designation('a', '2015-11-30', '2015-12-01', '2020-01'),
      designation('b', '2016-03-10'),
    ]);
    expect(events.map((event) => [event.on, event.event, event.designation.name])).toEqual([
      ['2015-11-30', 'decided', 'a'],
      ['2015-12-01', 'listed', 'a'],
      ['2016-03-10', 'decided', 'b'],
      ['2020-01', 'ended', 'a'],
    ]);
    expect(events[3].precision).toBe('month');
  });

  it('puts the coarser date first when periods start on the same day, then decided before listed', () => {
    const events = timelineEvents([
      designation('day', '2015-03-01'),
      designation('month', '2015-03'),
      designation('year', '2015', '2015-03-01'),
    ]);
    expect(events.map((event) => [event.on, event.event, event.designation.name])).toEqual([
      ['2015', 'decided', 'year'],
      ['2015-03', 'decided', 'month'],
      ['2015-03-01', 'decided', 'day'],
      ['2015-03-01', 'listed', 'year'],
    ]);
  });
});
