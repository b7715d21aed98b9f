/**
 * The web page's HostActions: a workbook the user opens (picker or drop) is read in the browser,
 * checked by the model, and the 自评表 is downloaded as a NEW .xlsx. The user's file is only read.
 * ExcelJS (through the xlsx adapter) and the sample are loaded on first use: separate chunks.
 * Nothing goes over the network.
 */
import type { Grid } from '../model/grid';
import { generatedAt } from '../model/selfeval';
import { downloadBytes, DOCX_MIME, type Download } from '../ui/download';
import { analyse, selfEvalOf } from '../ui/engine';
import { loadDocxModule, reportDocx, reportOf, type DocxModule } from '../ui/report';
import { asHostError } from '../ui/errors';
import {
  HostError,
  throwIfAborted,
  type CheckView,
  type GenerateOptions,
  type GenerateResult,
  type HostActions,
  type ReportOptions,
  type ReportResult,
  type TaskOptions,
} from '../ui/host';

type XlsxModule = Pick<typeof import('../adapters/xlsx'), 'readXlsx' | 'writeXlsx'>;

export interface FileHostOptions {
  /** Default: `import('../adapters/xlsx')` (a lazy chunk with ExcelJS). */
  readonly loadXlsx?: () => Promise<XlsxModule>;
  /** Default: `import('../model/sample')`. */
  readonly loadSample?: () => Promise<Grid>;
  /** Default: a link to an object URL, clicked. */
  readonly download?: Download;
  /** Default: `import('../adapters/docx')` (a lazy chunk with docx). */
  readonly loadDocx?: () => Promise<DocxModule>;
}


/** `台账.xlsx` → `台账-自评表.xlsx` (or another suffix: `台账-自评报告.docx`). */
export function outputName(inputName: string, suffix = '-自评表.xlsx'): string {
  const base = inputName.replace(/\.[^./\\]+$/, '') || '绩效';
  return `${base}${suffix}`;
}

function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error ?? new Error('FileReader failed'));
    r.readAsArrayBuffer(file);
  });
}

const NO_FILE = new HostError({ 'zh-CN': '请先打开一个 .xlsx 文件。', 'en-US': 'Open an .xlsx file first.' });

export function createFileHost(options: FileHostOptions = {}): HostActions {
  const loadXlsx = options.loadXlsx ?? (() => import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx'));
  const loadSample =
    options.loadSample ??
    (() => import(/* webpackChunkName: "sample" */ '../model/sample').then((m) => m.sampleWorkbookGrid()));
  const download = options.download ?? downloadBytes;
  const loadDocx = options.loadDocx ?? loadDocxModule;
  let current: { name: string; grid: Grid } | null = null;

  return {
    capabilities: { goTo: false, mark: false, templates: false, openFile: true, sample: true },

    async openFile(file: File, { signal, onProgress }: TaskOptions): Promise<{ name: string }> {
      onProgress?.(undefined);
      let bytes: Uint8Array;
      try {
        bytes = await readFileBytes(file);
      } catch (e) {
        throw asHostError(e, {
          'zh-CN': `无法读取文件“${file.name}”`,
          'en-US': `Could not read the file "${file.name}"`,
        });
      }
      throwIfAborted(signal);
      onProgress?.(0.2);
      const xlsx = await loadXlsx();
      throwIfAborted(signal);
      const r = await xlsx.readXlsx(bytes);
      throwIfAborted(signal);
      if (!r.ok) throw new HostError(r.message);
      current = { name: file.name, grid: r.grid };
      onProgress?.(1);
      return { name: file.name };
    },

    async useSample(): Promise<{ name: string }> {
      const grid = await loadSample();
      current = { name: '示例数据.xlsx', grid };
      return { name: current.name };
    },

    async check({ signal }: TaskOptions): Promise<CheckView> {
      if (!current) throw NO_FILE;
      throwIfAborted(signal);
      return analyse(current.grid).view;
    },

    async generate({ layout, signal, onProgress }: GenerateOptions): Promise<GenerateResult> {
      if (!current) throw NO_FILE;
      onProgress?.(undefined);
      // the new file holds the table alone: no name to avoid
      const analysis = analyse(current.grid, {
        forSelfEval: true,
        layout,
        existingSheets: [],
        generatedAt: generatedAt(),
      });
      const built = selfEvalOf(analysis);
      throwIfAborted(signal);
      onProgress?.(0.3);
      const xlsx = await loadXlsx();
      throwIfAborted(signal);
      let bytes: Uint8Array;
      try {
        bytes = await xlsx.writeXlsx([{ layout: built.layout }]);
      } catch (e) {
        throw asHostError(e, { 'zh-CN': '生成 .xlsx 文件失败', 'en-US': 'Writing the .xlsx file failed' });
      }
      throwIfAborted(signal);
      const name = outputName(current.name);
      download(bytes, name);
      onProgress?.(1);
      return { downloadName: name };
    },

    async report({ layout, draft, signal, onProgress }: ReportOptions): Promise<ReportResult> {
      if (!current) throw NO_FILE;
      onProgress?.(undefined);
      const report = reportOf(analyse(current.grid, { forSelfEval: true, layout, existingSheets: [] }), draft);
      throwIfAborted(signal);
      onProgress?.(0.3);
      const bytes = await reportDocx(report.report, signal, loadDocx);
      const name = outputName(current.name, '-自评报告.docx');
      download(bytes, name, DOCX_MIME);
      onProgress?.(1);
      return { downloadName: name, text: report.text, placeholders: report.report.placeholders.length };
    },
  };
}
