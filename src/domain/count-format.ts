// Made at first use, not when the module loads: Intl's formatters map ICU data into memory, which a
// server answering the API alone never needs (docs/performance.md, "Idle memory").
let englishCounts: Intl.NumberFormat | undefined;

/** `3,026`: a count with English digit grouping (the web pages and the CLI). */
export function formatCount(count: number): string {
  return (englishCounts ??= new Intl.NumberFormat('en')).format(count);
}
