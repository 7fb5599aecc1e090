import { html, Html } from '../html';
import { page } from './layout';

const TITLES: Record<number, string> = {
  400: 'That request has a problem',
  404: 'Page not found',
  500: 'Something went wrong',
};

/** `message` says what happened in the reader's terms; never a stack trace or SQL text. */
export function errorPage(status: 400 | 404 | 500, message: string): Html {
  return page({
    title: TITLES[status],
    body: html`<h1>${TITLES[status]}</h1>
<p class="error-message">${message}</p>
<p><a href="/">Go to the home page</a> or <a href="/search">search for an organization</a>.</p>`,
  });
}
