/** The text of Excel on the web's office.js host script, from the npm package (Node: tests, bench). */
import * as fs from 'node:fs';

export const OFFICE_JS_SCRIPT = '@microsoft/office-js/dist/excel-web-16.00.debug.js';

let text: string | undefined;

export function officeJsSource(): string {
  text ??= fs.readFileSync(require.resolve(OFFICE_JS_SCRIPT), 'utf8');
  return text;
}
