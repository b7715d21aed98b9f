/**
 * The county-level divisions of Xinjiang (县、县级市、市辖区) and the 地州市 each belongs to, as budgets count them (the
 * 14 of XINJIANG_PREFECTURES: 塔城地区 and 阿勒泰地区 apart from 伊犁州直). A ledger sent per county (a sheet 伊宁市, a
 * file 霍城县项目台账.csv) or with the county in its 地州市 column counts under its prefecture.
 *
 * Full names only (伊宁市, 霍城县, 察布查尔锡伯自治县): a name without its 县/市/区 is a word too often (温泉, 新和, 沙湾),
 * and 伊宁 alone is two counties. Every name here is one county of one prefecture; a prefecture's own seat named as the
 * prefecture (哈密市, 克拉玛依市, 吐鲁番市, 乌鲁木齐市) is the prefecture already, and not listed. Divisions as of 2018–
 * 2021, with the names before and after a change both kept (库车县 → 库车市 2019, 沙湾县 → 沙湾市 2021).
 */
const COUNTIES_BY_PREFECTURE: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['乌鲁木齐市', ['天山区', '沙依巴克区', '新市区', '水磨沟区', '头屯河区', '达坂城区', '米东区', '乌鲁木齐县']],
  ['克拉玛依市', ['独山子区', '克拉玛依区', '白碱滩区', '乌尔禾区']],
  ['吐鲁番市', ['高昌区', '鄯善县', '托克逊县']],
  ['哈密市', ['伊州区', '巴里坤哈萨克自治县', '巴里坤县', '伊吾县']],
  ['昌吉回族自治州', ['昌吉市', '阜康市', '呼图壁县', '玛纳斯县', '奇台县', '吉木萨尔县', '木垒哈萨克自治县', '木垒县']],
  ['博尔塔拉蒙古自治州', ['博乐市', '阿拉山口市', '精河县', '温泉县']],
  ['巴音郭楞蒙古自治州', ['库尔勒市', '轮台县', '尉犁县', '若羌县', '且末县', '焉耆回族自治县', '焉耆县', '和静县', '和硕县', '博湖县']],
  ['阿克苏地区', ['阿克苏市', '库车市', '库车县', '温宿县', '沙雅县', '新和县', '拜城县', '乌什县', '阿瓦提县', '柯坪县']],
  ['克孜勒苏柯尔克孜自治州', ['阿图什市', '阿克陶县', '阿合奇县', '乌恰县']],
  ['喀什地区', ['喀什市', '疏附县', '疏勒县', '英吉沙县', '泽普县', '莎车县', '叶城县', '麦盖提县', '岳普湖县', '伽师县', '巴楚县', '塔什库尔干塔吉克自治县', '塔什库尔干县']],
  ['和田地区', ['和田市', '和田县', '墨玉县', '皮山县', '洛浦县', '策勒县', '于田县', '民丰县']],
  ['伊犁哈萨克自治州', ['伊宁市', '奎屯市', '霍尔果斯市', '伊宁县', '察布查尔锡伯自治县', '察布查尔县', '霍城县', '巩留县', '新源县', '昭苏县', '特克斯县', '尼勒克县']],
  ['塔城地区', ['塔城市', '乌苏市', '额敏县', '沙湾县', '沙湾市', '托里县', '裕民县', '和布克赛尔蒙古自治县', '和布克赛尔县']],
  ['阿勒泰地区', ['阿勒泰市', '布尔津县', '富蕴县', '福海县', '哈巴河县', '青河县', '吉木乃县']],
];

/**
 * The first four digits of a 行政区划代码 (GB/T 2260) → its 地州市: a budget system (预算管理一体化) writes a project's
 * division as its code (652900 阿克苏地区, 652901 阿克苏市, or the 12 digits of the 统计用区划代码 652901000000), not its
 * name. 6521 and 6522 are 吐鲁番 and 哈密 before they became cities (2015, 2016), as older ledgers write them.
 */
const PREFECTURE_CODES: ReadonlyMap<string, string> = new Map([
  ['6501', '乌鲁木齐市'], ['6502', '克拉玛依市'], ['6504', '吐鲁番市'], ['6521', '吐鲁番市'], ['6505', '哈密市'], ['6522', '哈密市'],
  ['6523', '昌吉回族自治州'], ['6527', '博尔塔拉蒙古自治州'], ['6528', '巴音郭楞蒙古自治州'], ['6529', '阿克苏地区'],
  ['6530', '克孜勒苏柯尔克孜自治州'], ['6531', '喀什地区'], ['6532', '和田地区'], ['6540', '伊犁哈萨克自治州'], ['6542', '塔城地区'], ['6543', '阿勒泰地区'],
]);

/** Counties by name, and any 行政区划代码 of a 地州市 or of one of its counties (looked up, not listed: get only). */
class Divisions extends Map<string, string> {
  override get(name: string): string | undefined {
    return super.get(name) ?? (/^65\d{4}(?:\d{6})?$/.test(name) ? PREFECTURE_CODES.get(name.slice(0, 4)) : undefined);
  }
}

/** County's full name → its 地州市 (official name); a 行政区划代码 (652901) too, by get. */
export const XINJIANG_COUNTIES: ReadonlyMap<string, string> = new Divisions(COUNTIES_BY_PREFECTURE.flatMap(([p, cs]) => cs.map((c) => [c, p] as const)));
