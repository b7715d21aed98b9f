import { zipEntries } from '../src/adapters/xlsx/detect';
import fs from 'fs';
console.log(zipEntries(new Uint8Array(fs.readFileSync('tmp/s2.xlsx'))));
