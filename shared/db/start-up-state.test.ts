import { describe, expect, it } from 'vitest';
import { startUpState, type StartUpFacts } from './start-up-state';

const facts = (over: Partial<StartUpFacts> = {}): StartUpFacts => ({
  hadProjects: false,
  projectCount: 0,
  hasSettings: false,
  ...over,
});

describe('startUpState', () => {
  it('a fresh profile is a first launch', () => {
    expect(startUpState(facts())).toBe('first-launch');
  });

  it('stored projects are normal, whatever the marker says', () => {
    expect(startUpState(facts({ projectCount: 2 }))).toBe('normal');
    expect(startUpState(facts({ projectCount: 1, hadProjects: true, hasSettings: true }))).toBe(
      'normal',
    );
  });

  it('a marker with no projects is a vanished database, with or without settings', () => {
    expect(startUpState(facts({ hadProjects: true }))).toBe('vanished');
    expect(startUpState(facts({ hadProjects: true, hasSettings: true }))).toBe('vanished');
  });

  it('an empty list the researcher made (settings, no marker) is normal, not a first launch', () => {
    expect(startUpState(facts({ hasSettings: true }))).toBe('normal');
  });
});
