import { describe, expect, it } from 'vitest';
import { onlyTuningChanged } from './useHashSync.ts';

describe('onlyTuningChanged', () => {
  it('is true for weight or gate edits of the same sector', () => {
    expect(onlyTuningChanged('#layers=sites&sector=construction', '#layers=sites&sector=construction*canal-5')).toBe(true);
    expect(onlyTuningChanged('#sector=construction*canal-4', '#sector=construction*canal-5')).toBe(true);
  });
  it('is false when the sector, another key or the presence of a sector changes', () => {
    expect(onlyTuningChanged('#sector=construction', '#sector=health')).toBe(false);
    expect(onlyTuningChanged('#layers=sites&sector=construction', '#layers=villo&sector=construction*canal-5')).toBe(false);
    expect(onlyTuningChanged('#layers=sites', '#layers=sites&sector=construction')).toBe(false);
  });
});
