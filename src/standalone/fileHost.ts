/**
 * The web page's HostActions: a workbook the user opens (picker or drop) is read in the browser,
 * checked by the model, and the 自评表 is downloaded as a NEW .xlsx. The user's file is only read.
 * ExcelJS (through the xlsx adapter) and the sample are loaded on first use: separate chunks.
 * Nothing goes over the network.
 */
import type { Grid } from '../model/grid';
import { generatedAt } from '../model/selfeval';
import { safeFileName } from '../model/text/visible';
import { downloadBytes } from '../ui/download';
import { analyse, selfEvalOf } from '../ui/engine';
import { asHostError } from '../ui/errors';
import { annotatedFile, problemListFile } from '../ui/sendback';
import {
  HostError,
  throwIfAborted,
  type CheckView,
  type DeliveredFile,
  type SendBackOptions,
  type GenerateOptions,
  type GenerateResult,
  type HostActions,
  type TaskOptions,
} from '../ui/host';

type XlsxModule = Pick<typeof import('../adapters/xlsx'), 'readXlsx' | 'writeXlsx' | 'annotateXlsx'>;

export interface FileHostOptions {
  /** Default: `import('../adapters/xlsx')` (a lazy chunk with ExcelJS). */
  readonly loadXlsx?: () => Promise<XlsxModule>;
  /** Default: `import('../model/sample')`. */
  readonly loadSample?: () => Promise<Grid>;
  /** Default: a link to an object URL, clicked. */
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
}

export { downloadBytes } from '../ui/download';

/** `台账.xlsx` → `台账-自评表.xlsx`. */
export function outputName(inputName: string): string {
  const base = inputName.replace(/\.[^./\\]+$/, '') || '绩效';
  return safeFileName(`${base}-自评表.xlsx`);
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
  /** The workbook worked on; `bytes` are the file as opened (the annotated copy is made from them). */
  let current: { name: string; grid: Grid; bytes?: Uint8Array } | null = null;

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
      current = { name: file.name, grid: r.grid, bytes };
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

    async downloadProblemList({ locale, signal, onProgress }: SendBackOptions): Promise<DeliveredFile> {
      if (!current) throw NO_FILE;
      onProgress?.(undefined);
      const analysis = analyse(current.grid);
      const xlsx = await loadXlsx();
      throwIfAborted(signal);
      const { bytes, fileName } = await problemListFile(analysis, current.name, locale, xlsx);
      throwIfAborted(signal);
      download(bytes, fileName);
      return { downloadName: fileName };
    },

    async downloadAnnotated({ locale, signal, onProgress }: SendBackOptions): Promise<DeliveredFile> {
      if (!current) throw NO_FILE;
      onProgress?.(undefined);
      const analysis = analyse(current.grid);
      const xlsx = await loadXlsx();
      throwIfAborted(signal);
      // the sample has no file: its copy is made from the workbook the page would download
      const input = current.bytes ?? (await xlsx.writeXlsx(current.grid.sheets.map((grid) => ({ grid }))));
      const { bytes, fileName, cells } = await annotatedFile(input, analysis, current.name, locale, xlsx);
      throwIfAborted(signal);
      download(bytes, fileName);
      return { downloadName: fileName, cells };
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
  };
}
