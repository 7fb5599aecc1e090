import {
  generateToken,
  roleAllows,
  tokenMatchesHash,
  tokenNameProblem,
  tokenSelector,
} from '../../src/domain/api-tokens';

describe('API tokens', () => {
  it('are ngo_<16 hex selector>_<32 random bytes in base64url>, different every time', () => {
    const first = generateToken();
    const second = generateToken();
    expect(first.token).toMatch(/^ngo_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(tokenSelector(first.token)).toBe(first.selector);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.hash).not.toContain(first.token.slice(21));
  });

  it('match only their own hash', () => {
    const { token, hash } = generateToken();
    expect(tokenMatchesHash(token, hash)).toBe(true);
    expect(tokenMatchesHash(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(false);
    expect(tokenMatchesHash(generateToken().token, hash)).toBe(false);
  });

  it('a malformed token has no selector', () => {
    for (const token of [
      '',
      'ngo_',
      'Bearer x',
      'ngo_0123456789abcdef_short',
      `ngo_0123456789ABCDEF_${'a'.repeat(43)}`,
    ])
      expect(tokenSelector(token)).toBeNull();
  });

  it('an admin may do what an editor may, not the other way round', () => {
    expect(roleAllows('admin', 'editor')).toBe(true);
    expect(roleAllows('admin', 'admin')).toBe(true);
    expect(roleAllows('editor', 'editor')).toBe(true);
    expect(roleAllows('editor', 'admin')).toBe(false);
  });

  it('names are short lower-case words, and not the actors of the token-less paths', () => {
    expect(tokenNameProblem('alice')).toBeNull();
    expect(tokenNameProblem('ci-bot.2')).toBeNull();
    expect(tokenNameProblem('Alice')).toMatch(/lower-case/);
    expect(tokenNameProblem('')).not.toBeNull();
    expect(tokenNameProblem('seed')).toMatch(/reserved/);
    expect(tokenNameProblem('cli')).toMatch(/reserved/);
  });
});
