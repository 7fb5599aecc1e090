import { vocabularyLabel } from '../../src/web/templates/labels';

describe('vocabulary labels on the web pages', () => {
  it.each([
    ['undesirable_designation', 'Undesirable designation'],
    ['ngo', 'NGO'],
    ['self_closure_under_pressure', 'Self-closure under pressure (not a state act)'],
    ['deregistration_announced', 'Deregistration announced, never in force (not a state act)'],
  ])('%s reads "%s"', (value, label) => {
    expect(vocabularyLabel(value)).toBe(label);
  });
});
