import countries from 'i18n-iso-countries/index';

// The library without its entry point, which registers the names in every one of its languages
// (heap a server never uses): only the English names are used.
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof countries.registerLocale>[0]);

/** ISO 3166-1 alpha-2 codes and English names come from a maintained library, not a local table. */
export function isKnownJurisdiction(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** The common English name ("Russia" rather than "Russian Federation"), but never an abbreviation ("UK"). */
export function jurisdictionName(code: string): string {
  const common = countries.getName(code, 'en', { select: 'alias' });
  if (common && !/^[A-Z.]+$/.test(common)) return common;
  return countries.getName(code, 'en') ?? code;
}

export function allJurisdictionCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort();
}
