import { PreconditionRequiredError } from '../../src/domain/errors';
import { etagOf, expectedVersions } from '../../src/http/routes/writes/if-match';

describe('If-Match and ETags', () => {
  it('an ETag is the version as a strong entity tag', () => {
    expect(etagOf(3)).toBe('"3"');
  });

  it('reads the versions an If-Match names; tags not ours and weak tags match nothing', () => {
    expect(expectedVersions('"3"', 'required')).toEqual([3]);
    expect(expectedVersions(' "3", "4" ', 'required')).toEqual([3, 4]);
    expect(expectedVersions('W/"3"', 'required')).toEqual([]);
    expect(expectedVersions('"abc"', 'optional')).toEqual([]);
  });

  it("reads the record version of a GET's tag, which adds the data version and a request hash", () => {
    expect(expectedVersions('"3.120-0123456789abcdef"', 'required')).toEqual([3]);
    expect(expectedVersions('"120-0123456789abcdef"', 'required')).toEqual([]);
  });

  it('a missing If-Match is a 428 where it is required, nothing where it is optional, ignored where not taken', () => {
    expect(() => expectedVersions(undefined, 'required')).toThrow(PreconditionRequiredError);
    expect(() => expectedVersions('  ', 'required')).toThrow(PreconditionRequiredError);
    expect(expectedVersions(undefined, 'optional')).toBeUndefined();
    expect(expectedVersions('"3"', 'none')).toBeUndefined();
  });

  it('If-Match: * would let a stale write through, so it counts as no If-Match', () => {
    expect(() => expectedVersions('*', 'required')).toThrow(PreconditionRequiredError);
    expect(() => expectedVersions('*', 'optional')).toThrow(PreconditionRequiredError);
  });
});
