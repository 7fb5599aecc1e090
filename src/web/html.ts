/**
 * The one templating primitive of the web UI: a tagged template whose interpolated values are
 * HTML-escaped unless they are already Html (the result of another `html` template). Escaping is
 * the default, so a value can only reach the page unescaped by being markup this module built.
 */
export class Html {
  constructor(readonly text: string) {}
}

/** What a template may interpolate: nothing (renders empty), text, numbers, markup, or lists of them. */
type HtmlValue = Html | string | number | boolean | null | undefined | HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  // false and null render nothing, so `${condition && html`...`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let text = strings[0];
  values.forEach((value, index) => {
    text += render(value) + strings[index + 1];
  });
  return new Html(text);
}

/**
 * Data for a page script, as `<script type="application/json">`. JSON.stringify leaves `<` as is,
 * so `</script>` inside a value would end the element; escaping `<`, `>` and `&` as JSON unicode
 * escapes keeps the text inert without changing the parsed data.
 */
export function jsonScript(id: string, data: unknown): Html {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}
