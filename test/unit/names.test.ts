import { nameLengthProblem, normalizeName, slugify } from '../../src/domain/names';

describe('normalizeName', () => {
  it.each([
    ['Amnesty International', 'amnesty international'],
    ['Международная амнистия', 'mezhdunarodnaya amnistiya'],
    ['Amnesti Internešnl', 'amnesti internesnl'],
    ['Мемориал', 'memorial'],
    ['Хьюман Райтс Вотч', 'hyuman rayts votch'],
    ['Ёжик Йошкар-Олы', 'yozhik yoshkar oly'],
    ['Ἀμνηστία Διεθνής', 'amnistia diethnis'],
    ['國際特赦組織', 'guo ji te she zu zhi'],
  ])('transliterates %s to %s', (name, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });

  it.each([
    ['Médecins Sans Frontières', 'medecins sans frontieres'],
    ['Ärzte ohne Grenzen', 'arzte ohne grenzen'],
    ['Łódź Straße Ærø', 'lodz strasse aero'],
    ['Me\u0301decins', 'medecins'], // already decomposed input
    ['ﬁnance ＡＢＣ', 'finance abc'], // compatibility forms
  ])('strips accents from %s', (name, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normalizeName('  Правозащитный центр «Мемориал» ')).toBe('pravozashchitnyy centr memorial');
    expect(normalizeName('Open Society Institute – Assistance Foundation (OSI-AF), Inc.')).toBe(
      'open society institute assistance foundation osi af inc',
    );
    expect(normalizeName('Фонд "Общественный вердикт"')).toBe('fond obshchestvennyy verdikt');
    expect(normalizeName('A\t&\nB')).toBe('a b');
  });

  it('deletes apostrophes so a word stays whole', () => {
    expect(normalizeName("Women’s Rights & O'Brien")).toBe('womens rights obrien');
    expect(normalizeName("Kh'yuman Rayts Votch")).toBe('khyuman rayts votch');
  });

  it('keeps digits', () => {
    expect(normalizeName('Charter 97')).toBe('charter 97');
  });

  it('is idempotent, so stored names and queries meet', () => {
    const names = ['Международная амнистия', 'Médecins Sans Frontières', 'Хьюман Райтс Вотч'];
    for (const name of names) {
      expect(normalizeName(normalizeName(name))).toBe(normalizeName(name));
    }
  });

  it('is empty for names without letters or digits', () => {
    expect(normalizeName('')).toBe('');
    expect(normalizeName(' — ')).toBe('');
  });
});

describe('slugify', () => {
  it.each([
    ['Amnesty International Limited', 'amnesty-international-limited'],
    ['Stichting Bellingcat', 'stichting-bellingcat'],
    ['Мемориал', 'memorial'],
    ['Human Rights Watch', 'human-rights-watch'],
    ['Médecins Sans Frontières', 'medecins-sans-frontieres'],
    ['Правозащитный центр «Мемориал»', 'pravozashchitnyy-centr-memorial'],
    ['  --Open   Society -- Foundations!  ', 'open-society-foundations'],
    ['Women’s Rights', 'womens-rights'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('yields lower-case ASCII words joined by single dashes', () => {
    for (const name of ['Фонд «Общественный вердикт»', 'Łódź — Ærø', '國際特赦組織']) {
      expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('is empty when there is nothing to slug', () => {
    expect(slugify('!!!')).toBe('');
  });
});

describe('nameLengthProblem', () => {
  it('accepts the names of the dataset, and 500 characters', () => {
    expect(nameLengthProblem('Правозащитный центр «Мемориал»')).toBeNull();
    expect(nameLengthProblem('A'.repeat(500))).toBeNull();
  });

  it('refuses a longer name: it, its slug and its search form are b-tree index entries (a 20,000-character name was a 500)', () => {
    expect(nameLengthProblem('A'.repeat(501))).toBe('is too long (at most 500 characters)');
  });

  it('refuses a short name that transliterates to too many letters', () => {
    // Each ﷺ romanizes to 17 letters: 100 of them are 1,700.
    expect(nameLengthProblem('\uFDFA'.repeat(100))).toBe(
      'is too long once transliterated to Latin letters (at most 1000)',
    );
  });
});
