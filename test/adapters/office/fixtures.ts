/** Realistic workbook grids for the Office adapter tests: a 项目台账 with the 22 columns of workbook.md. */
import { type CellValue, type Grid, type GridSheet, dateValue, errorValue } from '../../../src/model/grid';

export const LEDGER_HEADERS = [
  '项目编号', '项目名称', '承担单位', '统一社会信用代码', '地州市', '立项年度', '产业领域', '专利号',
  '专利类型', '法律状态', '项目总投资（万元）', '财政支持资金（万元）', '以前年度累计拨付', '本年拨付',
  '带动社会投入', '合同开始日期', '合同结束日期', '项目状态', '新申请专利数', '培训人次', '贯标认证', '备注',
];

const REGIONS = ['乌鲁木齐市', '克拉玛依市', '吐鲁番市', '哈密市', '昌吉回族自治州', '博尔塔拉蒙古自治州', '巴音郭楞蒙古自治州', '阿克苏地区', '喀什地区', '和田地区', '伊犁哈萨克自治州', '塔城地区', '阿勒泰地区'];
const INDUSTRIES = ['新材料', '生物医药', '装备制造', '现代农业', '节能环保', '电子信息'];
const WORDS = ['高效', '节水', '智能', '新型', '环保', '精密', '复合', '低温', '光伏', '棉花'];
const THINGS = ['滴灌装置', '采棉机部件', '检测系统', '复合材料', '提取工艺', '控制器'];

/** Deterministic pseudo-random numbers (LCG), so fixtures are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function ledgerRow(i: number, rand: () => number): CellValue[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const year = 2014 + Math.floor(rand() * 5);
  const approved = Math.round(10 + rand() * 90);
  const total = Math.round((approved + rand() * 2000) * 100) / 100;
  const prior = year < 2018 ? Math.round(rand() * approved * 0.5) : 0;
  const disbursed = Math.round(rand() * (approved - prior) * 100) / 100;
  const startMonth = 1 + Math.floor(rand() * 12);
  return [
    `XJZL${year}-${String(i + 1).padStart(5, '0')}`,
    `${pick(WORDS)}${pick(WORDS)}${pick(THINGS)}专利实施项目`,
    `新疆${pick(WORDS)}${pick(INDUSTRIES)}科技有限公司`,
    `91650100${String(Math.floor(rand() * 1e9)).padStart(9, '0')}X`,
    pick(REGIONS),
    year,
    pick(INDUSTRIES),
    `ZL${year - 2}1${String(Math.floor(rand() * 1e7)).padStart(7, '0')}.${Math.floor(rand() * 10)}`,
    rand() < 0.6 ? '发明' : '实用新型',
    rand() < 0.97 ? '有效' : '失效',
    total,
    approved,
    prior,
    disbursed,
    Math.round((total - approved) * 100) / 100,
    dateValue(year, startMonth, 1 + Math.floor(rand() * 28)),
    dateValue(year + 2, startMonth, 1 + Math.floor(rand() * 28)),
    rand() < 0.8 ? '实施中' : '已验收',
    Math.floor(rand() * 6),
    Math.floor(rand() * 40),
    rand() < 0.2 ? '是' : '否',
    rand() < 0.1 ? '第二批拨付' : null,
  ];
}

/** The ledger sheet: a title row, a header row, `rows` projects; 地州市 of the first 3 projects merged down. */
export function ledgerSheet(rows: number, seed = 7): GridSheet {
  const rand = rng(seed);
  const values: CellValue[][] = [['2018年度自治区专利实施资金项目台账'], LEDGER_HEADERS];
  const formats: Array<Array<string | null>> = [[null], LEDGER_HEADERS.map(() => null)];
  for (let i = 0; i < rows; i++) {
    const row = ledgerRow(i, rand);
    if (i === 5) row[13] = errorValue('#N/A');
    values.push(row);
    formats.push(row.map((_, c) => (c === 15 || c === 16 ? 'yyyy"年"m"月"d"日"' : c >= 10 && c <= 14 ? '#,##0.00' : null)));
  }
  if (rows >= 3) {
    values[3][4] = null;
    values[4][4] = null;
  }
  return {
    name: '项目台账',
    values,
    numberFormats: formats,
    merges: [{ top: 0, left: 0, bottom: 0, right: 21 }, ...(rows >= 3 ? [{ top: 2, left: 4, bottom: 4, right: 4 }] : [])],
  };
}

export function ledgerGrid(rows: number): Grid {
  return {
    sheets: [
      {
        name: '配置',
        values: [
          ['参数', '值'],
          ['评价年度', 2018],
          ['预算单位', '自治区知识产权局'],
        ],
      },
      ledgerSheet(rows),
    ],
  };
}
