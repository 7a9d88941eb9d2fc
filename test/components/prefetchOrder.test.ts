/** The order in which the overview scores the data's other months in the background: the nearest first. */
import { describe, expect, it } from 'vitest';
import { nearestFirst } from '../../src/features/queries';

describe('nearestFirst', () => {
  it('alternates outward from the scoring month, the earlier month first at equal distance', () => {
    const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
    expect(nearestFirst(months, '2024-03')).toEqual(['2024-02', '2024-04', '2024-01', '2024-05', '2024-06']);
    expect(nearestFirst(months, '2024-06')).toEqual(['2024-05', '2024-04', '2024-03', '2024-02', '2024-01']);
  });

  it('a month outside the data: every month, from the earliest', () => {
    expect(nearestFirst(['2024-01', '2024-02'], '2023-12')).toEqual(['2024-01', '2024-02']);
  });
});
