// Synthetic household files (一户一档) for demonstrations, tests and load measurements. Pure and
// reproducible: the same seed, villages, today and already-used ID numbers give the same output.
// Nothing here is a real person; the distributions follow DOMAIN.md sections 3–4 and the two
// source documents in shared/seeds (莱芜 report, 永修 county plan).
import {
  idNumberCheckDigit,
  todayInShanghai,
  type BirthdayCalendar,
  type CauseOfDeath,
  type ContactKind,
  type DisabilityType,
  type ElderCareWish,
  type FamilyCategory,
  type HardshipLevel,
  type IncomeSource,
  type LivingArrangement,
  type MaritalStatus,
  type MemberRelation,
  type Need,
  type ResidenceType,
  type RiskLevel,
  type Sex,
} from '@nuanxin/shared';

/** A village or community unit that households are spread over. */
export type SeedVillage = {
  id: string;
  path: string;
  /** 12-digit statistical code; its first six digits are the district code of ID numbers. */
  code: string;
  name: string;
  townName: string;
  districtName: string;
};

export type GeneratedMember = {
  relation: MemberRelation;
  name: string;
  sex: Sex;
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  birthdayCalendar: BirthdayCalendar;
  phone: string | null;
  maritalStatus: MaritalStatus | null;
  healthStatus: string | null;
  chronicDiseases: string[];
  mentalState: string | null;
  hobbies: string | null;
  hasPension: boolean | null;
  hasMedicalInsurance: boolean | null;
  usesSmartphone: boolean | null;
  usesWechat: boolean | null;
  isDeceased: boolean;
  deathDate: string | null;
  causeOfDeath: CauseOfDeath | null;
  disabilityType: DisabilityType | null;
  disabilityGrade: number | null;
  note: string | null;
  sortOrder: number;
};

export type GeneratedContact = {
  kind: ContactKind;
  name: string;
  phone: string;
  organization: string;
  sortOrder: number;
};

export type GeneratedAssessment = {
  assessedOn: string;
  assessorName: string;
  griefTrauma: number;
  healing: number;
  acceptance: number;
  futureAttitude: number;
  physicalHealth: number;
  mentalHealth: number;
  riskLevel: RiskLevel;
  needs: Need[];
  notes: string;
};

export type GeneratedHousehold = {
  unitId: string;
  unitPath: string;
  category: FamilyCategory;
  address: string;
  phone: string | null;
  residenceType: ResidenceType;
  livingArrangement: LivingArrangement;
  incomeSources: IncomeSource[];
  yearlyIncomeFen: number;
  debtFen: number;
  debtNote: string | null;
  hardshipLevel: HardshipLevel;
  biggestDifficulty: string;
  needs: Need[];
  elderCareWish: ElderCareWish;
  wishes: string | null;
  familyDoctorName: string | null;
  familyDoctorPhone: string | null;
  familyDoctorSignedOn: string | null;
  tags: string[];
  registeredOn: string;
  /** Those of the latest assessment (the last in `assessments`). */
  riskLevel: RiskLevel;
  lastAssessedOn: string;
  /** Every member's name, joined by a space, as the household service stores it. */
  searchNames: string;
  members: GeneratedMember[];
  contacts: GeneratedContact[];
  /** Oldest first, on strictly increasing dates. */
  assessments: GeneratedAssessment[];
};

/** The highest sequence (ID digits 15–17) already issued for a region, birth date and sex. */
export type UsedIdSequence = { prefix: string; sex: Sex; lastSequence: number };

export type GeneratorOptions = {
  seed: number;
  villages: readonly SeedVillage[];
  /** `YYYY-MM-DD`; defaults to today in Asia/Shanghai. */
  today?: string;
  /** ID numbers in the database already: new numbers continue above them, so none collide. */
  usedIdSequences?: Iterable<UsedIdSequence>;
};

/**
 * Every assessment scale (1–5) lies in this range for its risk level, so the scales agree with
 * the risk: grief trauma high and healing, acceptance, outlook and mental health low for HIGH.
 */
export const SCALE_RANGES: Record<
  RiskLevel,
  Record<
    'griefTrauma' | 'healing' | 'acceptance' | 'futureAttitude' | 'physicalHealth' | 'mentalHealth',
    readonly [number, number]
  >
> = {
  HIGH: {
    griefTrauma: [4, 5],
    healing: [1, 2],
    acceptance: [1, 2],
    futureAttitude: [1, 2],
    physicalHealth: [1, 3],
    mentalHealth: [1, 2],
  },
  MEDIUM: {
    griefTrauma: [3, 4],
    healing: [2, 3],
    acceptance: [2, 3],
    futureAttitude: [2, 4],
    physicalHealth: [2, 4],
    mentalHealth: [2, 3],
  },
  LOW: {
    griefTrauma: [1, 3],
    healing: [3, 5],
    acceptance: [3, 5],
    futureAttitude: [3, 5],
    physicalHealth: [2, 5],
    mentalHealth: [3, 5],
  },
};

/** Parents are born in these years (aged about 49–85 in 2025). */
export const PARENT_BIRTH_YEARS = [1940, 1976] as const;
/** Parents' ages when the child was born. */
export const PARENT_AGE_AT_CHILD_BIRTH = [20, 38] as const;

// ---------------------------------------------------------------------------------------------
// Randomness: sfc32 (small, fast, passes PractRand), seeded through splitmix32.

const hashString = (s: string, h = 0x811c9dc5): number => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** A seeded pseudo-random number generator; `key` derives an independent stream. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, key = '') {
    let s = (seed ^ hashString(key)) >>> 0;
    const splitmix = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = hashString(key, seed >>> 0);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A character of a string of BMP characters. */
  char(s: string): string {
    return s[Math.floor(this.next() * s.length)]!;
  }

  /** Triangular distribution on [min, max] peaking at mode. */
  triangular(min: number, mode: number, max: number): number {
    const u = this.next();
    const c = (mode - min) / (max - min);
    return u < c
      ? min + Math.sqrt(u * (max - min) * (mode - min))
      : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }

  /** `count` distinct items, in the order of `items`. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length))
      chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((x, y) => x - y).map((i) => items[i]!);
  }
}

/** A weighted choice, by binary search over cumulative weights. */
class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    let total = 0;
    this.values = entries.map(([value]) => value);
    this.cumulative = entries.map(([, weight]) => (total += weight));
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01, UTC arithmetic): fast and free of time zones.

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.2425;
const dayOf = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const years = (n: number) => Math.round(n * YEAR_DAYS);
const DAY_1900 = dayOf('1900-01-01');
// Formatting dates is a hot spot (a dozen per household): every date since 1900, formatted once.
const isoDates: (string | undefined)[] = new Array(200 * 366);
const isoOf = (day: number): string => {
  const i = day - DAY_1900;
  return (isoDates[i] ??= new Date(day * DAY_MS).toISOString().slice(0, 10));
};
const REGISTRATION_START = dayOf('2014-01-01');
const REGISTRATION_END = dayOf('2025-12-31');
const PARENT_FIRST_DAY = dayOf(`${PARENT_BIRTH_YEARS[0]}-01-01`);
const PARENT_LAST_DAY = dayOf(`${PARENT_BIRTH_YEARS[1]}-12-31`);

// ---------------------------------------------------------------------------------------------
// Vocabulary.

// Shares of the commonest surnames (per cent of the population, rounded), national statistics.
// prettier-ignore
const SURNAMES: [string, number][] = [
  ['王', 7.1], ['李', 7.0], ['张', 6.8], ['刘', 5.4], ['陈', 4.6], ['杨', 3.1], ['黄', 2.4],
  ['赵', 2.3], ['吴', 2.0], ['周', 1.9], ['徐', 1.5], ['孙', 1.5], ['马', 1.4], ['朱', 1.3],
  ['胡', 1.3], ['郭', 1.2], ['何', 1.2], ['林', 1.1], ['高', 1.1], ['罗', 1.0], ['郑', 1.0],
  ['梁', 0.9], ['谢', 0.8], ['宋', 0.8], ['唐', 0.8], ['许', 0.7], ['韩', 0.7], ['邓', 0.7],
  ['冯', 0.7], ['曹', 0.7], ['彭', 0.6], ['曾', 0.6], ['肖', 0.6], ['田', 0.6], ['董', 0.6],
  ['潘', 0.5], ['袁', 0.5], ['蔡', 0.5], ['蒋', 0.5], ['余', 0.5], ['于', 0.5], ['杜', 0.5],
  ['叶', 0.5], ['程', 0.5], ['魏', 0.4], ['苏', 0.4], ['吕', 0.4], ['丁', 0.4], ['任', 0.4],
  ['卢', 0.4], ['姚', 0.4], ['沈', 0.4], ['钟', 0.4], ['姜', 0.4], ['崔', 0.4], ['谭', 0.4],
  ['陆', 0.3], ['范', 0.3], ['汪', 0.3], ['廖', 0.3], ['石', 0.3], ['金', 0.3], ['韦', 0.3],
  ['贾', 0.3], ['夏', 0.3], ['付', 0.3], ['方', 0.3], ['邹', 0.3], ['熊', 0.3], ['白', 0.3],
  ['孟', 0.3], ['秦', 0.3], ['邱', 0.3], ['侯', 0.3], ['江', 0.2], ['尹', 0.2], ['薛', 0.2],
  ['闫', 0.2], ['段', 0.2], ['雷', 0.2], ['龙', 0.2], ['黎', 0.2], ['史', 0.2], ['陶', 0.2],
  ['贺', 0.2], ['毛', 0.2], ['郝', 0.2], ['顾', 0.2], ['龚', 0.2], ['邵', 0.2], ['万', 0.2],
  ['武', 0.2], ['钱', 0.2], ['戴', 0.2], ['严', 0.2], ['孔', 0.2], ['常', 0.2], ['毕', 0.1],
  ['牛', 0.1], ['乔', 0.1], ['康', 0.1], ['庞', 0.1], ['覃', 0.1], ['莫', 0.1], ['汤', 0.1],
];
// 亓 is the commonest surname of 莱芜 (莱芜区, 钢城区) and rare elsewhere; 吕 and 毕 are common there.
// prettier-ignore
const LAIWU_SURNAMES: [string, number][] = [
  ...SURNAMES, ['亓', 6.0], ['吕', 1.5], ['毕', 1.0], ['张', 2.0], ['王', 1.0], ['刘', 1.0],
];
const LAIWU_DISTRICTS = new Set(['370116', '370117', '371202', '371203']);
const surnames = new Weighted(SURNAMES);
const laiwuSurnames = new Weighted(LAIWU_SURNAMES);

type NamePool = { first: string; second: string; single: string; singleShare: number };
// Characters typical of each generation: parents (born 1940–76), their children, grandchildren.
const NAMES: Record<'parent' | 'child' | 'grandchild', Record<Sex, NamePool>> = {
  parent: {
    MALE: {
      first: '建国志德永立春富贵福祥庆文成海忠玉长树学传金洪宝明兆广保世继振',
      second: '华明军民成山林生才祥福贵田海水东平安忠良武义堂江河亭岭顺昌胜利',
      single: '刚强军勇华明平林斌忠亮义富贵福',
      singleShare: 0.15,
    },
    FEMALE: {
      first: '秀桂玉淑凤春素翠兰美金月红丽冬爱秋荣瑞彩',
      second: '英兰珍芝梅华芳花荣琴香云霞莲娥凤菊芬',
      single: '英兰珍芳梅霞琴燕萍娟',
      singleShare: 0.15,
    },
  },
  child: {
    MALE: {
      first: '志海建晓伟俊文明国宏永春亚卫东鹏立浩家子振新',
      second: '强伟军涛刚明勇波东辉杰鹏飞斌磊峰超龙亮鑫宇林华',
      single: '伟强磊军勇涛斌鹏超杰刚亮浩帅鑫凯健辉波龙',
      singleShare: 0.35,
    },
    FEMALE: {
      first: '晓丽海春雪文秀美小玉艳慧静佳梦雅丹',
      second: '燕娟丽霞红梅静敏婷芳玲倩琳颖丹洁雪萍',
      single: '丽静敏燕娟霞婷雪倩芳玲丹洁艳红颖蕾璐琳晶',
      singleShare: 0.35,
    },
  },
  grandchild: {
    MALE: {
      first: '子浩宇梓俊一沐博思嘉天皓明家铭',
      second: '轩然豪涵辰杰宇航睿泽阳博熙诚恒',
      single: '浩宇航睿泽阳博',
      singleShare: 0.12,
    },
    FEMALE: {
      first: '梓欣诗雨一可思梦语佳子若依紫心',
      second: '涵怡萱桐诺琪彤瑶欣然妍馨悦玥琳',
      single: '涵怡萱彤瑶妍馨悦',
      singleShare: 0.12,
    },
  },
};

// prettier-ignore
const ETHNICITIES = new Weighted<string>([
  ['汉族', 95.5], ['回族', 1.5], ['满族', 0.9], ['蒙古族', 0.5], ['壮族', 0.5], ['土家族', 0.4],
  ['苗族', 0.3], ['朝鲜族', 0.2], ['彝族', 0.2],
]);

// [disease, prevalence among people in their sixties]; younger and older people scale it.
// prettier-ignore
const CHRONIC_DISEASES: [string, number][] = [
  ['高血压', 0.42], ['糖尿病', 0.15], ['冠心病', 0.11], ['高血脂', 0.1], ['骨关节炎', 0.1],
  ['腰椎间盘突出', 0.08], ['慢性胃炎', 0.06], ['慢性支气管炎', 0.06], ['白内障', 0.05],
  ['骨质疏松', 0.05], ['脑梗死后遗症', 0.04], ['慢性阻塞性肺病', 0.03], ['失眠症', 0.04],
  ['抑郁症', 0.02],
];

// prettier-ignore
const HOBBIES = [
  '下象棋', '打太极拳', '跳广场舞', '养花', '听戏', '看电视', '散步', '写毛笔字', '钓鱼', '打扑克',
  '织毛衣', '唱歌', '养鸟', '种菜', '剪纸', '看书读报', '做手工', '听广播',
];

const MENTAL_STATES: Record<FamilyCategory, Record<RiskLevel, string[]>> = {
  BEREAVED: {
    HIGH: [
      '情绪低落，常常想念孩子，夜里睡不着',
      '不愿出门，很少与人交流',
      '有抑郁倾向，需重点关注',
      '情绪不稳定，提起孩子就流泪',
      '对生活失去信心，常说活着没意思',
    ],
    MEDIUM: [
      '情绪基本稳定，逢年过节心情低落',
      '偶尔失眠，愿意与人交流',
      '性格内向，话不多',
      '平时还好，清明前后情绪较差',
    ],
    LOW: [
      '情绪稳定，性格开朗',
      '积极参加村里的活动',
      '心态平和，能正视现实',
      '乐观，喜欢与邻居聊天',
      '精神状态较好',
    ],
  },
  DISABLED_CHILD: {
    HIGH: [
      '长期照顾孩子，身心疲惫，压力很大',
      '常担心自己老了以后孩子没人照顾，焦虑失眠',
      '情绪低落，很少出门',
    ],
    MEDIUM: ['照顾孩子比较辛苦，情绪基本稳定', '偶尔焦虑，愿意与人交流', '性格内向，话不多'],
    LOW: ['心态较好，能坦然面对', '情绪稳定，性格开朗', '积极乐观，参加协会活动'],
  },
};

const CAUSES_OF_DEATH = new Weighted<CauseOfDeath>([
  ['ILLNESS', 55],
  ['ACCIDENT', 30],
  ['SUICIDE', 8],
  ['OTHER', 7],
]);
// Age bands (years) at death per cause, with weights.
const AGE_AT_DEATH: Record<CauseOfDeath, Weighted<readonly [number, number]>> = {
  ILLNESS: new Weighted([
    [[0.5, 6], 8],
    [[6, 18], 15],
    [[18, 30], 35],
    [[30, 50], 42],
  ]),
  ACCIDENT: new Weighted([
    [[3, 18], 25],
    [[18, 30], 45],
    [[30, 50], 30],
  ]),
  SUICIDE: new Weighted([
    [[15, 25], 40],
    [[25, 45], 60],
  ]),
  OTHER: new Weighted([[[0.5, 45], 1]]),
};
const DEATH_DETAILS: Record<CauseOfDeath, string[]> = {
  ILLNESS: [
    '白血病',
    '肝癌',
    '肺癌',
    '胃癌',
    '淋巴瘤',
    '尿毒症',
    '先天性心脏病',
    '脑瘤',
    '心肌梗死',
    '再生障碍性贫血',
  ],
  ACCIDENT: ['车祸', '溺水', '工伤事故', '高处坠落', '煤气中毒', '触电'],
  SUICIDE: [],
  OTHER: ['突发疾病', '原因不详'],
};

// Shares among certified disabilities (national sample survey), and grade 1 (most severe)–3.
const DISABILITY_TYPES = new Weighted<DisabilityType>([
  ['PHYSICAL', 30],
  ['INTELLECTUAL', 28],
  ['MENTAL', 15],
  ['MULTIPLE', 10],
  ['HEARING', 7],
  ['VISUAL', 6],
  ['SPEECH', 4],
]);
const DISABILITY_GRADES = new Weighted<number>([
  [1, 25],
  [2, 35],
  [3, 40],
]);
const DISABILITY_WORDS: Record<DisabilityType, string> = {
  VISUAL: '视力',
  HEARING: '听力',
  SPEECH: '言语',
  PHYSICAL: '肢体',
  INTELLECTUAL: '智力',
  MENTAL: '精神',
  MULTIPLE: '多重',
};
const GRADE_WORDS = ['', '一', '二', '三', '四'];
const SELF_CARE = ['', '生活不能自理，需专人照护', '生活部分自理', '生活基本自理'];

const RISK_LEVELS = new Weighted<RiskLevel>([
  ['HIGH', 15],
  ['MEDIUM', 35],
  ['LOW', 50],
]);
const WORSE: Record<RiskLevel, RiskLevel> = { LOW: 'MEDIUM', MEDIUM: 'HIGH', HIGH: 'HIGH' };
const ASSESSMENT_NOTES: Record<RiskLevel, string[]> = {
  HIGH: [
    '情绪波动大，多次提到孩子，需每周上门或电话联系',
    '独自在家时间长，不愿与人交流，已安排志愿者结对陪伴',
    '近期睡眠差、食欲下降，建议心理咨询师介入',
  ],
  MEDIUM: [
    '情绪基本稳定，节假日前后情绪低落，保持定期联系',
    '愿意交流，对今后养老有顾虑，继续跟进',
    '身体状况一般，需定期测量血压血糖',
  ],
  LOW: [
    '精神状态较好，积极参加协会活动',
    '生活规律，与邻里关系融洽，按常规走访',
    '能正视现实，对生活有信心，保持联系即可',
  ],
};

// prettier-ignore
const ESTATES = [
  '锦绣家园', '幸福小区', '阳光花园', '和平苑', '东方花园', '新兴小区', '金水湾', '鑫源小区',
  '建设小区', '文化苑', '府前花园', '康乐小区', '铁路宿舍', '矿区宿舍', '翠园小区',
];
const MOBILE_PREFIXES = new Weighted<string>([
  ...['130', '131', '132', '133', '134', '135', '136', '137', '138', '139'].map(
    (p) => [p, 5] as const,
  ),
  ...['150', '151', '152', '153', '155', '156', '157', '158', '159'].map((p) => [p, 3.3] as const),
  ...['180', '181', '182', '183', '184', '185', '186', '187', '188', '189'].map(
    (p) => [p, 1.5] as const,
  ),
  ...['176', '177', '178', '198', '199'].map((p) => [p, 1] as const),
]);

// Village committees (村民委员会, 村委会, 嘎查委会…) and residents' committees of communities
// (社区居委会, 居民委员会…), as the statistical codes name them, typos included.
const URBAN_NAME = /社区|居委|居民委/;
const COMMITTEE_SUFFIX =
  /(村民委员会|居民委员会|村民委会|居民委会|村委会|居委会|委员会|委会|村委|居委)$/;

/** "王家庄村民委员会" → "王家庄村", "东升社区居民委员会" → "东升社区", "东风居委会" → "东风社区". */
export function villageShortName(name: string): string {
  const match = COMMITTEE_SUFFIX.exec(name);
  if (!match || match.index === 0) return name;
  const base = name.slice(0, match.index);
  if (match[1]!.startsWith('村')) return base.endsWith('村') ? base : `${base}村`;
  if (match[1]!.startsWith('居')) return base.endsWith('社区') ? base : `${base}社区`;
  return base;
}

// ---------------------------------------------------------------------------------------------
// ID numbers: region (the village's district) + birth date + sequence + check character.

/**
 * Issues the sequence digits from a running counter per district, birth date and sex (odd for
 * men, even for women), so numbers never collide; every number is also checked against a Set.
 * When a day's 500 numbers for one sex are used up, the person is born a day later instead.
 */
class IdNumberAllocator {
  // district → (day since 1900) * 2 + (1 for men) → last sequence issued
  private readonly last = new Map<string, Map<number, number>>();
  // district → (day since 1900) * 1000 + sequence
  private readonly issued = new Map<string, Set<number>>();

  constructor(used: Iterable<UsedIdSequence> = []) {
    for (const u of used) {
      if (!/^\d{14}$/.test(u.prefix)) continue;
      const day = dayOf(`${u.prefix.slice(6, 10)}-${u.prefix.slice(10, 12)}-${u.prefix.slice(12)}`);
      if (!Number.isFinite(day)) continue;
      const key = (day - DAY_1900) * 2 + (u.sex === 'MALE' ? 1 : 0);
      const counters = this.countersOf(u.prefix.slice(0, 6));
      counters.set(key, Math.max(counters.get(key) ?? 0, u.lastSequence));
    }
  }

  private countersOf(district: string): Map<number, number> {
    let counters = this.last.get(district);
    if (!counters) this.last.set(district, (counters = new Map()));
    return counters;
  }

  allocate(district: string, birthDay: number, sex: Sex): { idNumber: string; birthDay: number } {
    const counters = this.countersOf(district);
    let issued = this.issued.get(district);
    if (!issued) this.issued.set(district, (issued = new Set()));
    const parity = sex === 'MALE' ? 1 : 0;
    for (let day = birthDay; ; day++) {
      const key = (day - DAY_1900) * 2 + parity;
      let sequence = (counters.get(key) ?? 0) + 1;
      if (sequence % 2 !== parity) sequence++;
      if (sequence > 999) continue;
      counters.set(key, sequence);
      const unique = (day - DAY_1900) * 1000 + sequence;
      if (issued.has(unique)) throw new Error(`ID number issued twice (${district}, day ${day})`);
      issued.add(unique);
      const iso = isoOf(day);
      const first17 = `${district}${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8)}${String(sequence).padStart(3, '0')}`;
      return { idNumber: first17 + idNumberCheckDigit(first17), birthDay: day };
    }
  }
}

// ---------------------------------------------------------------------------------------------

type Person = {
  relation: MemberRelation;
  name: string;
  sex: Sex;
  birthDay: number;
  deathDay: number | null;
  ethnicity: string;
  maritalStatus: MaritalStatus | null;
  note: string | null;
  causeOfDeath?: CauseOfDeath;
  disabilityType?: DisabilityType;
  disabilityGrade?: number;
};

type Staff = { name: string; phone: string };

/** Generates one household after another; `next()` is deterministic given the options. */
export class HouseholdGenerator {
  private readonly rng: Rng;
  private readonly today: number;
  private readonly villages: readonly SeedVillage[];
  private readonly villageWeights: number[];
  private readonly ids: IdNumberAllocator;
  private readonly seed: number;

  constructor(options: GeneratorOptions) {
    if (!options.villages.length) throw new RangeError('No villages to put households in');
    for (const v of options.villages) {
      if (!/^\d{12}$/.test(v.code)) throw new RangeError(`Not a 12-digit village code: ${v.code}`);
    }
    this.seed = options.seed >>> 0;
    this.rng = new Rng(this.seed, 'households');
    this.today = dayOf(options.today ?? todayInShanghai());
    if (!Number.isFinite(this.today)) throw new RangeError(`Bad today: ${options.today}`);
    this.villages = options.villages;
    // Some villages have many special families, most a few: weights 0.3–3, a community ×1.5.
    let total = 0;
    this.villageWeights = options.villages.map((v) => {
      const u = new Rng(this.seed, `weight:${v.code}`).next();
      return (total += (0.3 + 2.7 * u * u) * (URBAN_NAME.test(v.name) ? 1.5 : 1));
    });
    this.ids = new IdNumberAllocator(options.usedIdSequences);
  }

  private pickVillage(): SeedVillage {
    const w = this.villageWeights;
    const x = this.rng.next() * w[w.length - 1]!;
    let lo = 0;
    let hi = w.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.villages[lo]!;
  }

  private surname(rng: Rng, district: string): string {
    return (LAIWU_DISTRICTS.has(district) ? laiwuSurnames : surnames).pick(rng);
  }

  private givenName(rng: Rng, generation: keyof typeof NAMES, sex: Sex): string {
    const pool = NAMES[generation][sex];
    return rng.chance(pool.singleShare)
      ? rng.char(pool.single)
      : rng.char(pool.first) + rng.char(pool.second);
  }

  private mobile(rng: Rng): string {
    return MOBILE_PREFIXES.pick(rng) + String(rng.int(0, 99_999_999)).padStart(8, '0');
  }

  /** The same person for every household of a village or town: a stream keyed by role. */
  private staff(key: string, district: string): Staff {
    const rng = new Rng(this.seed, key);
    const sex: Sex = rng.chance(key.startsWith('worker') ? 0.7 : 0.4) ? 'FEMALE' : 'MALE';
    return {
      name: this.surname(rng, district) + this.givenName(rng, 'child', sex),
      phone: this.mobile(rng),
    };
  }

  /** The next synthetic household. */
  next(): GeneratedHousehold {
    const r = this.rng;
    const today = this.today;
    const village = this.pickVillage();
    const district = village.code.slice(0, 6);
    const town = village.code.slice(0, 9);
    const urban = URBAN_NAME.test(village.name);
    const category: FamilyCategory = r.chance(0.85) ? 'BEREAVED' : 'DISABLED_CHILD';
    const ethnicity = ETHNICITIES.pick(r);

    // Parents: father born 1940–1976 (most in the late 1950s), mother a few years younger.
    const father: Person = {
      relation: 'FATHER',
      name: '',
      sex: 'MALE',
      birthDay:
        PARENT_FIRST_DAY +
        Math.floor(r.triangular(0, 0.47, 1) * (PARENT_LAST_DAY - PARENT_FIRST_DAY)),
      deathDay: null,
      ethnicity,
      maritalStatus: 'MARRIED',
      note: null,
    };
    const motherBirth =
      father.birthDay + Math.round(r.triangular(-3, 2, 9) * YEAR_DAYS) + r.int(-180, 180);
    const mother: Person = {
      relation: 'MOTHER',
      name: '',
      sex: 'FEMALE',
      birthDay: Math.min(PARENT_LAST_DAY, Math.max(PARENT_FIRST_DAY, motherBirth)),
      deathDay: null,
      ethnicity: r.chance(0.92) ? ethnicity : ETHNICITIES.pick(r),
      maritalStatus: 'MARRIED',
      note: null,
    };
    const fatherSurname = this.surname(r, district);
    // A married woman keeps her own surname (now and then the same as her husband's).
    const motherSurname = this.surname(r, district);
    father.name = fatherSurname + this.givenName(r, 'parent', 'MALE');
    mother.name = motherSurname + this.givenName(r, 'parent', 'FEMALE');

    // The child: born when both parents were 20–38, most often when the mother was about 25.
    const [minAge, maxAge] = PARENT_AGE_AT_CHILD_BIRTH;
    const earliest = Math.max(father.birthDay, mother.birthDay) + years(minAge) + 1;
    const latestBirth = Math.min(
      Math.min(father.birthDay, mother.birthDay) + years(maxAge),
      today - years(1),
    );
    const wantedBirth = mother.birthDay + Math.round(r.triangular(minAge, 25, maxAge) * YEAR_DAYS);
    const childSex: Sex = r.chance(0.56) ? 'MALE' : 'FEMALE';
    const child: Person = {
      relation: 'CHILD',
      name: (r.chance(0.93) ? fatherSurname : motherSurname) + this.givenName(r, 'child', childSex),
      sex: childSex,
      birthDay: Math.min(latestBirth, Math.max(earliest, wantedBirth)),
      deathDay: null,
      ethnicity: father.ethnicity,
      maritalStatus: 'UNMARRIED',
      note: null,
    };
    let childIllness: string | undefined;
    if (category === 'BEREAVED') {
      const cause = CAUSES_OF_DEATH.pick(r);
      const [from, to] = AGE_AT_DEATH[cause].pick(r);
      // Registered after the death, and registrations end with REGISTRATION_END.
      const lastDay = Math.min(today - 90, REGISTRATION_END - 30);
      let death = child.birthDay + Math.round((from + r.next() * (to - from)) * YEAR_DAYS);
      if (death > lastDay)
        death = child.birthDay + 180 + Math.floor(r.next() * (lastDay - child.birthDay - 180));
      child.deathDay = death;
      child.causeOfDeath = cause;
      const details = DEATH_DETAILS[cause];
      if (details.length) {
        const detail = r.pick(details);
        if (cause === 'ILLNESS') childIllness = detail;
        child.note = `因${detail}去世`;
      }
      if (death - child.birthDay > years(22) && r.chance(0.6)) child.maritalStatus = 'MARRIED';
    } else {
      child.disabilityType = DISABILITY_TYPES.pick(r);
      child.disabilityGrade = DISABILITY_GRADES.pick(r);
      const ageNow = (today - child.birthDay) / YEAR_DAYS;
      const marries = child.disabilityGrade === 3 ? 0.35 : child.disabilityGrade === 2 ? 0.1 : 0;
      if (ageNow > 22 && r.chance(marries)) child.maritalStatus = 'MARRIED';
    }

    // Grandchildren (第三代): some married children had one, now and then two.
    const grandchildren: Person[] = [];
    if (child.maritalStatus === 'MARRIED' && r.chance(0.75)) {
      const limit = Math.min(today - 30, child.deathDay === null ? Infinity : child.deathDay + 270);
      let born = child.birthDay + Math.round(r.triangular(21, 26, 36) * YEAR_DAYS);
      // A son's children carry his surname, a daughter's their father's.
      const surname = child.sex === 'MALE' ? child.name[0]! : this.surname(r, district);
      const count = r.chance(0.15) ? 2 : 1;
      for (let i = 0; i < count && born <= limit; i++) {
        const sex: Sex = r.chance(0.53) ? 'MALE' : 'FEMALE';
        grandchildren.push({
          relation: 'GRANDCHILD',
          name: surname + this.givenName(r, 'grandchild', sex),
          sex,
          birthDay: born,
          deathDay: null,
          ethnicity: child.ethnicity,
          maritalStatus: today - born > years(24) && r.chance(0.5) ? 'MARRIED' : 'UNMARRIED',
          note: null,
        });
        born += r.int(years(2), years(7));
      }
      if (
        child.deathDay !== null &&
        grandchildren.some((g) => child.deathDay! - g.birthDay < years(18))
      )
        grandchildren[0]!.note = r.chance(0.5) ? '由祖父母抚养' : '随母亲生活';
    }

    // Who of the parents is still here: most couples together, some widowed, divorced or remarried.
    const parents: Person[] = [father, mother];
    const extra: Person[] = [];
    const situation = r.next();
    const dieLater = (p: Person) => {
      const from = Math.min(
        today - 31,
        Math.max(p.birthDay + years(45), child.birthDay + years(1)),
      );
      p.deathDay = from + Math.floor(r.next() * Math.max(1, today - 30 - from));
    };
    if (situation < 0.08) {
      dieLater(father);
      mother.maritalStatus = 'WIDOWED';
    } else if (situation < 0.13) {
      dieLater(mother);
      father.maritalStatus = 'WIDOWED';
    } else if (situation < 0.18) {
      // Divorced: only the parent who lives here is in the file.
      const stays = r.chance(0.5) ? mother : father;
      stays.maritalStatus = 'DIVORCED';
      parents.splice(parents.indexOf(stays === father ? mother : father), 1);
    } else if (situation < 0.21) {
      const stays = r.chance(0.6) ? father : mother;
      stays.maritalStatus = 'REMARRIED';
      parents.splice(parents.indexOf(stays === father ? mother : father), 1);
      const sex: Sex = stays.sex === 'MALE' ? 'FEMALE' : 'MALE';
      const birth = stays.birthDay + r.int(-years(6), years(6));
      extra.push({
        relation: 'OTHER',
        name: this.surname(r, district) + this.givenName(r, 'parent', sex),
        sex,
        birthDay: Math.min(PARENT_LAST_DAY, Math.max(PARENT_FIRST_DAY, birth)),
        deathDay: null,
        ethnicity: r.chance(0.95) ? stays.ethnicity : ETHNICITIES.pick(r),
        maritalStatus: 'REMARRIED',
        note: '再婚配偶',
      });
    }

    const people = [...parents, ...extra, child, ...grandchildren];
    // Numbers last: a birth date may move by a day when that day's numbers are used up.
    const idNumbers = people.map((p) => {
      const issued = this.ids.allocate(district, p.birthDay, p.sex);
      p.birthDay = issued.birthDay;
      return issued.idNumber;
    });

    const adults = [...parents, ...extra].filter((p) => p.deathDay === null);
    const ageOf = (p: Person) => (today - p.birthDay) / YEAR_DAYS;
    const oldest = Math.max(...adults.map(ageOf));
    const youngest = Math.min(...adults.map(ageOf));

    // The current risk level (the latest assessment's) colours the parents' mental state.
    const risk = RISK_LEVELS.pick(r);

    // Members, with health, habits and the devices they use.
    const diseasesOf = new Map<Person, string[]>();
    const members: GeneratedMember[] = people.map((p, i) => {
      const age = ageOf(p);
      const dead = p.deathDay !== null;
      const adult = p.relation !== 'CHILD' && p.relation !== 'GRANDCHILD';
      const diseases = dead ? [] : this.diseases(age, category === 'BEREAVED' && adult);
      diseasesOf.set(p, diseases);
      const smartphone = dead
        ? null
        : p.relation === 'GRANDCHILD'
          ? age >= 12 && r.chance(0.9)
          : p.relation === 'CHILD'
            ? r.chance(p.disabilityGrade === 3 ? 0.6 : p.disabilityGrade === 2 ? 0.3 : 0.05)
            : r.chance(
                (age < 60 ? 0.8 : age < 70 ? 0.55 : age < 80 ? 0.25 : 0.08) + (urban ? 0.1 : 0),
              );
      const hasPhone = !dead && (smartphone === true || (adult && r.chance(0.75)));
      return {
        relation: p.relation,
        name: p.name,
        sex: p.sex,
        ethnicity: p.ethnicity,
        idNumber: idNumbers[i]!,
        birthDate: isoOf(p.birthDay),
        birthdayCalendar: r.chance(
          adult ? (urban ? 0.35 : 0.6) : p.relation === 'CHILD' ? 0.2 : 0.05,
        )
          ? 'LUNAR'
          : 'SOLAR',
        phone: hasPhone ? this.mobile(r) : null,
        maritalStatus: p.relation === 'GRANDCHILD' && age < 18 ? null : p.maritalStatus,
        healthStatus: dead ? null : this.healthStatus(p, age, diseases),
        chronicDiseases: diseases,
        mentalState: dead
          ? null
          : adult
            ? r.pick(MENTAL_STATES[category][risk])
            : p.disabilityType === 'MENTAL'
              ? '病情基本稳定，按时服药'
              : p.disabilityType === 'INTELLECTUAL'
                ? '性格温和，需要家人照看'
                : p.relation === 'CHILD'
                  ? '情绪稳定'
                  : null,
        hobbies: dead || !adult ? null : this.hobbies(),
        hasPension: dead
          ? null
          : adult
            ? r.chance(age >= 60 ? (urban ? 0.95 : 0.85) : urban ? 0.7 : 0.5)
            : p.relation === 'CHILD'
              ? r.chance(0.4)
              : null,
        hasMedicalInsurance: dead ? null : r.chance(0.97),
        usesSmartphone: smartphone,
        usesWechat: smartphone === null ? null : smartphone && r.chance(0.85),
        isDeceased: dead,
        deathDate: dead ? isoOf(p.deathDay!) : null,
        causeOfDeath: p.causeOfDeath ?? null,
        disabilityType: p.disabilityType ?? null,
        disabilityGrade: p.disabilityGrade ?? null,
        note: p.note,
        sortOrder: i,
      };
    });

    // Where and how they live.
    const together = adults.length >= 2;
    const livingArrangement: LivingArrangement = together
      ? new Weighted<LivingArrangement>([
          ['WITH_SPOUSE', 88],
          ['WITH_RELATIVES', 5],
          ['CARE_HOME', 3],
          ['OTHER', 4],
        ]).pick(r)
      : category === 'DISABLED_CHILD'
        ? new Weighted<LivingArrangement>([
            ['WITH_RELATIVES', 55],
            ['ALONE', 25],
            ['CARE_HOME', 8],
            ['OTHER', 12],
          ]).pick(r)
        : new Weighted<LivingArrangement>([
            ['ALONE', 65],
            ['WITH_RELATIVES', 18],
            ['CARE_HOME', oldest >= 80 ? 25 : 8],
            ['OTHER', 5],
          ]).pick(r);
    const villageName = villageShortName(village.name);
    const address = urban
      ? r.chance(0.7)
        ? `${village.districtName}${village.townName}${villageName}${r.pick(ESTATES)}${r.int(1, 30)}号楼${r.int(1, 6)}单元${r.int(1, 7)}0${r.int(1, 4)}室`
        : `${village.districtName}${village.townName}${villageName}${r.pick(['建设', '文化', '府前', '新华', '和平', '胜利'])}路${r.int(1, 260)}号`
      : r.chance(0.5)
        ? `${village.districtName}${village.townName}${villageName}${r.int(1, 12)}组${r.int(1, 80)}号`
        : `${village.districtName}${village.townName}${villageName}${r.int(1, 320)}号`;

    // Money: debts from the child's illness or care are common; hardship follows them.
    const illnessDebt =
      (child.causeOfDeath === 'ILLNESS' && r.chance(0.45)) ||
      (category === 'DISABLED_CHILD' && r.chance(0.35));
    const otherDebt = !illnessDebt && r.chance(0.06);
    const debtYuan = illnessDebt
      ? category === 'BEREAVED'
        ? r.int(30, 300) * 1000
        : r.int(10, 150) * 1000
      : otherDebt
        ? r.int(5, 80) * 1000
        : 0;
    const debtNote = illnessDebt
      ? category === 'BEREAVED'
        ? `孩子治疗${childIllness ?? '疾病'}期间向亲友借款，尚未还清`
        : '孩子康复治疗费用向亲友借款'
      : otherDebt
        ? r.pick(['建房借款', '本人住院治疗借款', '老伴住院治疗借款'])
        : null;
    const hardship: HardshipLevel = r.chance(
      0.19 +
        (urban ? 0 : 0.06) +
        (debtYuan > 0 ? 0.12 : 0) +
        (adults.length < 2 ? 0.08 : 0) +
        (child.disabilityGrade !== undefined && child.disabilityGrade <= 2 ? 0.08 : 0),
    )
      ? 'HARDSHIP'
      : 'ORDINARY';

    const incomeSources: IncomeSource[] = [];
    let incomeYuan = 0;
    // 计划生育特别扶助金: a monthly allowance per parent, more for bereaved parents.
    if (r.chance(0.95)) {
      incomeSources.push('SUBSIDY');
      incomeYuan +=
        adults.length * 12 * (category === 'BEREAVED' ? r.int(45, 70) * 10 : r.int(35, 55) * 10);
    }
    const pensioners = members.filter(
      (m, i) => m.hasPension && people[i]!.relation !== 'CHILD' && ageOf(people[i]!) >= 60,
    ).length;
    if (pensioners) {
      incomeSources.push('PENSION');
      // Retired employees in town; the residents' basic pension in the villages.
      incomeYuan +=
        pensioners * 12 * (urban && r.chance(0.6) ? r.int(25, 50) * 100 : r.int(15, 30) * 10);
    }
    if (!urban && youngest < 75 && r.chance(0.6)) {
      incomeSources.push('FARMING');
      incomeYuan += r.int(30, 120) * 100;
    }
    if (youngest < 62 && r.chance(urban ? 0.5 : 0.3)) {
      incomeSources.push('WAGES');
      incomeYuan += r.int(150, 500) * 100;
    }
    if (r.chance(0.05)) {
      incomeSources.push('BUSINESS');
      incomeYuan += r.int(100, 600) * 100;
    }
    if (r.chance(0.1)) {
      incomeSources.push('RELATIVES');
      incomeYuan += r.int(10, 50) * 100;
    }
    if (!incomeSources.length || r.chance(0.03)) {
      incomeSources.push('OTHER');
      incomeYuan += r.int(5, 30) * 100;
    }
    const order = ['PENSION', 'WAGES', 'FARMING', 'BUSINESS', 'SUBSIDY', 'RELATIVES', 'OTHER'];
    incomeSources.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (hardship === 'HARDSHIP') incomeYuan = Math.round(incomeYuan * 0.6);
    // People give round figures: to the hundred yuan.
    const yearlyIncomeFen = Math.max(100, Math.round(incomeYuan / 100) * 100) * 100;

    // Needs and wishes follow the situation; the latest assessment names them.
    const sick = adults.some((p) => (diseasesOf.get(p)?.length ?? 0) >= 2);
    const someSick = adults.some((p) => (diseasesOf.get(p)?.length ?? 0) >= 1);
    const situationNeeds: Need[] = [];
    if (r.chance(sick ? 0.8 : someSick ? 0.5 : 0.15)) situationNeeds.push('MEDICAL');
    if (r.chance(hardship === 'HARDSHIP' ? 0.85 : debtYuan > 0 ? 0.6 : 0.1))
      situationNeeds.push('ECONOMIC');
    if (
      r.chance(oldest >= 75 ? 0.6 : oldest >= 65 ? 0.3 : 0.1) ||
      (livingArrangement === 'ALONE' && r.chance(0.5))
    )
      situationNeeds.push('ELDER_CARE');
    if (r.chance(0.02)) situationNeeds.push('LEGAL');
    if (
      r.chance(
        child.disabilityGrade !== undefined && child.disabilityGrade <= 2
          ? 0.7
          : oldest >= 80 || sick
            ? 0.35
            : 0.03,
      )
    )
      situationNeeds.push('DAILY_CARE');
    // Psychological care is what the risk level measures: asked for more the higher it is.
    const psychological =
      category === 'BEREAVED'
        ? { HIGH: 1, MEDIUM: 0.7, LOW: 0.25 }
        : { HIGH: 0.8, MEDIUM: 0.4, LOW: 0.15 };
    const needsAt = (level: RiskLevel): Need[] =>
      r.chance(psychological[level]) || !situationNeeds.length
        ? ['PSYCHOLOGICAL', ...situationNeeds]
        : [...situationNeeds];

    const difficulties: string[] = [];
    if (category === 'BEREAVED') {
      difficulties.push('思念孩子，精神上走不出来', '逢年过节最难熬', '担心以后养老没有着落');
      if (!together) difficulties.push('老伴不在了，一个人生活很孤单');
      if (someSick) difficulties.push('身体不好，看病花钱多', '年纪大了，身边没有人照顾');
    } else {
      difficulties.push('孩子需要长期照顾，离不开人', '担心自己老了以后孩子没人照顾');
      if (child.disabilityGrade === 1) difficulties.push('孩子生活不能自理，需要长期照护');
      difficulties.push('孩子康复治疗费用高');
    }
    if (debtYuan > 0)
      difficulties.push(illnessDebt ? '给孩子看病欠下外债' : '欠有外债，还款压力大');
    if (hardship === 'HARDSHIP') difficulties.push('家庭收入低，生活困难');
    if (!urban && hardship === 'HARDSHIP') difficulties.push('住房年久失修');

    const wishes = r.chance(0.6)
      ? r.pick(
          category === 'BEREAVED'
            ? [
                '希望身体健康，不给政府和别人添麻烦',
                '希望有人常来家里坐坐、说说话',
                '希望老了以后能住进条件好的养老院',
                '希望看病报销比例能再高一些',
                '想和其他失独老人多交流',
                '希望能学会用智能手机',
                '希望多组织一些集体活动',
              ]
            : [
                '希望孩子的康复治疗能得到更多帮助',
                '希望自己走了以后孩子有人照顾',
                '希望孩子能进托养机构',
                '希望看病报销比例能再高一些',
              ],
        )
      : null;
    const elderCareWish = new Weighted<ElderCareWish>([
      ['HOME', 50],
      ['COMMUNITY', urban ? 25 : 10],
      ['INSTITUTION', oldest >= 80 && !together ? 35 : 15],
      ['UNDECIDED', 20],
    ]).pick(r);

    // Registration: after the death for a bereaved family, mostly in the first years (2014–18).
    const firstPossible = Math.max(
      REGISTRATION_START,
      child.deathDay === null ? 0 : child.deathDay + 30,
    );
    const lastPossible = Math.min(today, REGISTRATION_END);
    const early = Math.min(lastPossible, dayOf('2018-12-31'));
    const registeredDay =
      firstPossible < early && r.chance(0.5)
        ? r.int(firstPossible, early)
        : r.int(Math.min(firstPossible, lastPossible), lastPossible);

    // Contact persons (双岗联系人): the town's association worker and the village cadre or doctor.
    const workerKey = `worker:${town}:${new Rng(this.seed, village.code).int(0, 1)}`;
    const worker = this.staff(workerKey, district);
    const contacts: GeneratedContact[] = [
      {
        kind: 'ASSOCIATION_WORKER',
        ...worker,
        organization: `${village.townName}计生协会`,
        sortOrder: 0,
      },
    ];
    if (r.chance(0.65)) {
      contacts.push({
        kind: 'VILLAGE_CADRE',
        ...this.staff(`cadre:${village.code}`, district),
        organization: `${villageName}${urban ? '居委会' : '村委会'}`,
        sortOrder: 1,
      });
    } else {
      contacts.push({
        kind: 'VILLAGE_DOCTOR',
        ...this.staff(`doctor:${village.code}`, district),
        organization: urban ? `${village.townName}社区卫生服务中心` : `${villageName}卫生室`,
        sortOrder: 1,
      });
    }
    if (r.chance(0.15)) {
      contacts.push({
        kind: 'VOLUNTEER',
        ...this.staff(`volunteer:${village.code}:${r.int(0, 3)}`, district),
        organization: `${village.townName}计生协志愿服务队`,
        sortOrder: 2,
      });
    }
    const familyDoctor = r.chance(0.7)
      ? this.staff(`family-doctor:${town}:${r.int(0, 2)}`, district)
      : null;
    // A family-doctor contract is renewed every year: signed within the last three.
    const signedDay = familyDoctor ? today - r.int(0, 1000) : null;

    // Assessments: the first soon after registration, then every half year to two years; grief
    // eases with time, so an earlier level is often one worse than the next.
    const assessedDays: number[] = [];
    const wanted = r.int(1, 3);
    for (
      let day = Math.min(today, registeredDay + r.int(0, 60));
      assessedDays.length < wanted && day <= today;
      day += r.int(180, 720)
    ) {
      assessedDays.push(day);
    }
    const levels: RiskLevel[] = [risk];
    while (levels.length < assessedDays.length)
      levels.unshift(r.chance(0.35) ? WORSE[levels[0]!] : levels[0]!);
    const assessments = assessedDays.map((day, i) =>
      this.assessment(day, levels[i]!, worker.name, district, town, needsAt(levels[i]!)),
    );
    const latest = assessments[assessments.length - 1]!;

    const tags: string[] = [];
    if (livingArrangement === 'ALONE') tags.push('独居');
    if (oldest >= 80) tags.push('高龄');
    if (hardship === 'HARDSHIP' && r.chance(0.45)) tags.push('低保');
    if (risk === 'HIGH') tags.push('重点关注');
    if (illnessDebt && hardship === 'HARDSHIP') tags.push('因病致贫');

    const householdPhone =
      members.find((m) => m.phone && m.relation !== 'GRANDCHILD')?.phone ?? null;
    return {
      unitId: village.id,
      unitPath: village.path,
      category,
      address,
      phone: householdPhone,
      residenceType: urban ? 'URBAN' : 'RURAL',
      livingArrangement,
      incomeSources,
      yearlyIncomeFen,
      debtFen: debtYuan * 100,
      debtNote,
      hardshipLevel: hardship,
      biggestDifficulty: r.pick(difficulties),
      needs: latest.needs,
      elderCareWish,
      wishes,
      familyDoctorName: familyDoctor?.name ?? null,
      familyDoctorPhone: familyDoctor?.phone ?? null,
      familyDoctorSignedOn: signedDay === null ? null : isoOf(signedDay),
      tags,
      registeredOn: isoOf(registeredDay),
      riskLevel: risk,
      lastAssessedOn: latest.assessedOn,
      searchNames: members.map((m) => m.name).join(' '),
      members,
      contacts,
      assessments,
    };
  }

  private scales(risk: RiskLevel) {
    const ranges = SCALE_RANGES[risk];
    const r = this.rng;
    return {
      griefTrauma: r.int(...ranges.griefTrauma),
      healing: r.int(...ranges.healing),
      acceptance: r.int(...ranges.acceptance),
      futureAttitude: r.int(...ranges.futureAttitude),
      physicalHealth: r.int(...ranges.physicalHealth),
      mentalHealth: r.int(...ranges.mentalHealth),
    };
  }

  private assessment(
    day: number,
    risk: RiskLevel,
    workerName: string,
    district: string,
    town: string,
    needs: Need[],
  ): GeneratedAssessment {
    const r = this.rng;
    return {
      assessedOn: isoOf(day),
      // Mostly the household's own contact worker; now and then a colleague of the town.
      assessorName: r.chance(0.85)
        ? workerName
        : this.staff(`worker:${town}:${r.int(2, 3)}`, district).name,
      ...this.scales(risk),
      riskLevel: risk,
      needs,
      notes: r.pick(ASSESSMENT_NOTES[risk]),
    };
  }

  private diseases(age: number, bereavedParent: boolean): string[] {
    if (age < 40) return [];
    const factor = age < 55 ? 0.5 : age < 70 ? 1 : 1.3;
    const r = this.rng;
    return CHRONIC_DISEASES.filter(
      ([name, share]) =>
        r.next() <
        share * factor * (bereavedParent && (name === '抑郁症' || name === '失眠症') ? 2 : 1),
    ).map(([name]) => name);
  }

  private healthStatus(p: Person, age: number, diseases: string[]): string {
    if (p.disabilityType && p.disabilityGrade) {
      return `${GRADE_WORDS[p.disabilityGrade]}级${DISABILITY_WORDS[p.disabilityType]}残疾，${SELF_CARE[p.disabilityGrade]}`;
    }
    if (p.relation === 'CHILD' || p.relation === 'GRANDCHILD') return '健康';
    if (diseases.length === 0)
      return age >= 80 ? '一般，年老体弱' : this.rng.pick(['良好', '健康']);
    if (diseases.includes('脑梗死后遗症')) return '较差，行动不便';
    if (diseases.length === 1) return `一般，${diseases[0]}需长期服药`;
    return age >= 75 ? '较差，多种慢性病，需要照顾' : '一般，多种慢性病，长期服药';
  }

  private hobbies(): string | null {
    const count = this.rng.int(0, 3);
    return count ? this.rng.some(HOBBIES, count).join('、') : null;
  }
}

/** `count` households at once (tests, small demos); large runs call `next()` batch by batch. */
export function generateHouseholds(count: number, options: GeneratorOptions): GeneratedHousehold[] {
  const generator = new HouseholdGenerator(options);
  return Array.from({ length: count }, () => generator.next());
}
