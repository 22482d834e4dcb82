import path from 'node:path';
import { loadDirectory } from '../../src/domain/directory';
import { DEFAULT_CASES, evaluateDirectory, HOLDOUT_CASES, NAMES_PEOPLE_USE_CASES, readCases } from '../../src/eval/directory-eval';

describe.each([DEFAULT_CASES, HOLDOUT_CASES])('directory eval on %s', (file) => {
  const cases = readCases(file);
  const report = evaluateDirectory(loadDirectory(path.resolve(__dirname, '../../content')), cases);

  it('has at least 120 queries, 25 of them unlisted organisations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    expect(report.unlisted).toBeGreaterThanOrEqual(25);
  });
  it('finds the right contact first for at least 95 %', () => {
    expect(report.rightFirstPct).toBeGreaterThanOrEqual(95);
  });
  it('matches at most one unlisted organisation', () => {
    expect(report.unlistedMatched).toBeLessThanOrEqual(1);
  });
});

describe('directory eval on the names people use (issue 14)', () => {
  const report = evaluateDirectory(loadDirectory(path.resolve(__dirname, '../../content')), readCases(NAMES_PEOPLE_USE_CASES));
  it('answers at least 95 % right (nearest body offered, state departments said, caveats given) and matches no unlisted body', () => {
    expect(report.listed).toBeGreaterThanOrEqual(50);
    expect(report.rightFirstPct).toBeGreaterThanOrEqual(95);
    expect(report.unlistedMatched).toBe(0);
  });
});
