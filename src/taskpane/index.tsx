/** Entry of the task pane page (taskpane.html, shared runtime with the custom functions). */
import { boot } from './boot';

const container = document.getElementById('root');
if (container) {
  const g = globalThis as { Office?: typeof Office };
  void boot(container, { office: g.Office, language: navigator.language }).catch((e: unknown) => {
    container.textContent = `绩效自评助手无法启动：${e instanceof Error ? e.message : String(e)}`;
  });
}
