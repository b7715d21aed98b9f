/** Entry of standalone.html: check a workbook and build the 自评表 without Excel, all in the browser. */
import { bootPage } from './boot';

const container = document.getElementById('root');
if (container) {
  bootPage(container, {
    language: navigator.language,
    prefersDark: typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches,
  });
}
