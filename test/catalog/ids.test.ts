import { describe, expect, it } from 'vitest';
import { ROUTINE_IDS, STRETCH_IDS } from '../../skill/catalog/types';

describe('catalog ids', () => {
  it('names the ten stretches of the guide once each', () => {
    expect(STRETCH_IDS).toHaveLength(10);
    expect(new Set(STRETCH_IDS).size).toBe(10);
  });
  it('has the guide routines and derived ones', () => {
    expect(ROUTINE_IDS).toContain('basic-daily');
    expect(ROUTINE_IDS).toContain('comprehensive');
  });
});
