/**
 * Name tables of the sample generator: prefectures, industries, products, company name parts.
 * Every company name built from them is fictional.
 */

export type Industry =
  | '石油化工'
  | '新材料'
  | '装备制造'
  | '农副产品加工'
  | '生物医药'
  | '新能源'
  | '电子信息'
  | '纺织服装'
  | '节能环保';

export interface RegionSpec {
  /** Official name (workbook.md). */
  readonly name: string;
  /** How many of the 169 projects are in this prefecture. */
  readonly projects: number;
  /** Administrative division codes (GB/T 2260) of its cities / districts, for credit codes. */
  readonly divisions: ReadonlyArray<string>;
  /** Place words a local company name may start with (besides 新疆). */
  readonly places: ReadonlyArray<string>;
  readonly industries: ReadonlyArray<readonly [Industry, number]>;
}

/** In the official order of workbook.md; project counts add up to 169. */
export const REGIONS: ReadonlyArray<RegionSpec> = [
  {
    name: '乌鲁木齐市', projects: 48,
    divisions: ['650102', '650103', '650104', '650105', '650106', '650109'],
    places: ['乌鲁木齐', '新疆'],
    industries: [['电子信息', 3], ['生物医药', 3], ['新材料', 2], ['装备制造', 2], ['新能源', 2], ['节能环保', 2], ['农副产品加工', 1], ['石油化工', 1]],
  },
  {
    name: '克拉玛依市', projects: 18,
    divisions: ['650202', '650203', '650204'],
    places: ['克拉玛依', '新疆'],
    industries: [['石油化工', 6], ['节能环保', 2], ['新材料', 1], ['电子信息', 1]],
  },
  {
    name: '吐鲁番市', projects: 6,
    divisions: ['650402', '650421'],
    places: ['吐鲁番', '新疆'],
    industries: [['农副产品加工', 3], ['新能源', 2], ['新材料', 1]],
  },
  {
    name: '哈密市', projects: 8,
    divisions: ['650502', '650521'],
    places: ['哈密', '新疆'],
    industries: [['新能源', 3], ['农副产品加工', 2], ['新材料', 2], ['装备制造', 1]],
  },
  {
    name: '昌吉回族自治州', projects: 26,
    divisions: ['652301', '652302', '652323', '652325'],
    places: ['昌吉', '阜康', '新疆'],
    industries: [['农副产品加工', 3], ['新材料', 2], ['新能源', 2], ['装备制造', 2], ['石油化工', 1], ['生物医药', 1]],
  },
  {
    name: '博尔塔拉蒙古自治州', projects: 5,
    divisions: ['652701', '652702'],
    places: ['博乐', '新疆'],
    industries: [['农副产品加工', 2], ['纺织服装', 2], ['新材料', 1]],
  },
  {
    name: '巴音郭楞蒙古自治州', projects: 12,
    divisions: ['652801', '652822'],
    places: ['库尔勒', '巴州', '新疆'],
    industries: [['石油化工', 3], ['纺织服装', 2], ['农副产品加工', 2]],
  },
  {
    name: '阿克苏地区', projects: 9,
    divisions: ['652901', '652922'],
    places: ['阿克苏', '新疆'],
    industries: [['纺织服装', 3], ['农副产品加工', 3], ['石油化工', 1]],
  },
  {
    name: '克孜勒苏柯尔克孜自治州', projects: 4,
    divisions: ['653001'],
    places: ['阿图什', '克州', '新疆'],
    industries: [['农副产品加工', 2], ['纺织服装', 1], ['新材料', 1]],
  },
  {
    name: '喀什地区', projects: 7,
    divisions: ['653101', '653121'],
    places: ['喀什', '新疆'],
    industries: [['农副产品加工', 2], ['纺织服装', 2], ['生物医药', 1]],
  },
  {
    name: '和田地区', projects: 4,
    divisions: ['653201', '653221'],
    places: ['和田', '新疆'],
    industries: [['农副产品加工', 2], ['纺织服装', 2], ['生物医药', 1]],
  },
  {
    name: '伊犁哈萨克自治州', projects: 12,
    divisions: ['654002', '654003', '654021'],
    places: ['伊犁', '奎屯', '新疆'],
    industries: [['农副产品加工', 3], ['生物医药', 2], ['新能源', 1], ['装备制造', 1]],
  },
  {
    name: '塔城地区', projects: 6,
    divisions: ['654201', '654202'],
    places: ['塔城', '乌苏', '新疆'],
    industries: [['农副产品加工', 3], ['装备制造', 1], ['新能源', 1]],
  },
  {
    name: '阿勒泰地区', projects: 4,
    divisions: ['654301', '654321'],
    places: ['阿勒泰', '新疆'],
    industries: [['新材料', 2], ['农副产品加工', 2], ['新能源', 1]],
  },
];

/** Per industry: the products a project name is built from, and the business words of a company name. */
export const INDUSTRIES: Readonly<Record<Industry, { products: ReadonlyArray<string>; business: ReadonlyArray<string> }>> = {
  石油化工: {
    products: ['高温抗磨润滑油', '稠油降粘剂', '油田采出水处理装置', '含油污泥热解处理设备', '油井智能防蜡器', '抽油机节能控制装置',
      '聚合物驱油剂', '钻井液用封堵剂', '天然气脱硫剂', '油管内防腐涂层'],
    business: ['石化科技', '油田技术服务', '化工', '能源化工', '石油装备'],
  },
  新材料: {
    products: ['高纯铝箔', '碳化硅微粉', '电子级多晶硅', '玄武岩纤维', '石墨烯导电浆料', '高性能铝合金型材', '纳米钛白粉', '硅基复合材料',
      '稀土永磁材料', '高模量改性沥青'],
    business: ['新材料科技', '材料科技', '新型材料', '硅业'],
  },
  装备制造: {
    products: ['采棉机打模装置', '残膜回收机', '精量穴播机', '干式变压器绕组', '风电塔筒自动焊接设备', '智能滴灌控制器', '番茄收获机',
      '节水灌溉叠片过滤器', '矿用防爆电机', '输电线路巡检机器人'],
    business: ['机械制造', '装备制造', '农牧机械', '电气设备', '智能装备'],
  },
  农副产品加工: {
    products: ['番茄红素提取', '红枣深加工', '葡萄籽油', '核桃乳饮料', '沙棘果汁', '骆驼乳粉', '枸杞多糖', '薰衣草精油', '无花果果脯',
      '哈密瓜冻干', '巴旦木蛋白饮料', '玫瑰花酱', '辣椒红色素', '黑加仑果酒', '杏仁油', '牦牛肉干'],
    business: ['食品', '农业科技', '果业', '生物科技', '农产品开发', '乳业'],
  },
  生物医药: {
    products: ['维吾尔药复方制剂', '肉苁蓉提取物', '雪莲细胞培养物', '鹰嘴豆异黄酮', '甘草酸单铵盐', '阿魏菇多糖', '罗布麻茶', '沙棘黄酮',
      '紫草素提取', '一枝蒿制剂'],
    business: ['药业', '生物医药', '制药', '生物工程', '医药科技'],
  },
  新能源: {
    products: ['光伏组件清扫机器人', '风电机组变桨系统', '光热熔盐储能装置', '光伏并网逆变器', '储能电池管理系统', '生物质颗粒燃料',
      '风光互补路灯', '真空管太阳能集热器'],
    business: ['新能源科技', '光电科技', '风能', '能源科技', '电力科技'],
  },
  电子信息: {
    products: ['维汉双语输入法', '智能电能表', '北斗定位终端', '维吾尔语语音识别系统', '智慧农业物联网平台', '电力巡检无人机',
      '远程抄表系统', '多语种机器翻译系统'],
    business: ['信息技术', '软件', '电子科技', '数码科技', '网络科技'],
  },
  纺织服装: {
    products: ['长绒棉精梳纱', '艾德莱斯绸', '彩棉针织面料', '手工丝毯', '棉纺智能清花设备', '羊绒制品', '民族服饰', '水刺无纺布'],
    business: ['纺织', '棉业', '服饰', '丝绸', '纺织科技'],
  },
  节能环保: {
    products: ['燃煤锅炉烟气脱硫', '秸秆综合利用', '建筑垃圾再生骨料', '工业废水零排放', '余热回收装置', '粉煤灰综合利用', '生活垃圾热解',
      '板式高效换热器'],
    business: ['环保科技', '节能技术', '环境工程', '资源再生'],
  },
};

/** Project name endings. */
export const PROJECT_SUFFIXES = ['专利技术产业化', '专利实施', '专利技术转化', '专利技术推广应用', '专利产品产业化'];

/** Trade names (字号), two characters each. */
export const TRADE_NAMES = [
  '天池', '博格达', '雅丹', '金丰', '瑞源', '恒信', '西域', '丝路', '雪峰', '绿洲', '胡杨', '金沙', '天弘', '昆仑', '汇通', '嘉禾',
  '晨光', '鼎盛', '宏泰', '驼铃', '红柳', '沙泉', '天佑', '金穗', '长河', '远航', '星河', '锦程', '凯达', '新业', '恒远', '佳禾',
  '瑞雪', '明珠', '银河', '创新', '华瑞', '泰和', '安达', '鑫源', '润禾', '旭日', '蓝天', '金桥', '德润', '康宁', '百川', '清源',
];

export const COMPANY_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['有限公司', 6],
  ['有限责任公司', 3],
  ['股份有限公司', 2],
];

/** Notes an officer writes in the 备注 column. */
export const NOTES = {
  acceptedFinal: '已验收，拨付尾款',
  acceptedPaid: '已验收',
  firstPayment: '拨付首笔资金',
  awaiting: '待中期检查后拨付',
  midterm: '中期检查合格',
} as const;
