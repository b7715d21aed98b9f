/**
 * The page's inflate worker (webpack entry `inflate`, dist/inflate.js), started by the workbook
 * worker: inflates the large parts of a workbook while the workbook worker scans them
 * (src/adapters/xlsx/inflateThread.ts).
 */
import { serveInflate, type InflatePort } from '../adapters/xlsx/inflateThread';

serveInflate(self as unknown as InflatePort);
