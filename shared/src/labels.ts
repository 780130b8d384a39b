// Chinese display labels for every enum value. `Record<Enum, string>` makes the compiler
// reject a label table that misses a value when an enum grows.
import type {
  BirthdayCalendar,
  CauseOfDeath,
  ContactKind,
  DisabilityType,
  ElderCareWish,
  ErrorCode,
  IncomeSource,
  MemberRelation,
  Need,
  FamilyCategory,
  HardshipLevel,
  HouseholdStatus,
  LivingArrangement,
  MaritalStatus,
  ResidenceType,
  RiskLevel,
  Role,
  Sex,
  UnitKind,
} from './enums.js';

export const unitKindLabels: Record<UnitKind, string> = {
  NATIONAL: '全国',
  PROVINCE: '省',
  CITY: '市',
  DISTRICT: '区县',
  FUNCTIONAL_ZONE: '功能区',
  ENTERPRISE: '驻地企业',
  TOWN: '镇街',
  VILLAGE: '村居',
};

export const roleLabels: Record<Role, string> = {
  SYSTEM_ADMIN: '系统管理员',
  UNIT_ADMIN: '单位管理员',
  CASE_WORKER: '经办人员',
  VIEWER: '查阅人员',
};

export const familyCategoryLabels: Record<FamilyCategory, string> = {
  BEREAVED: '失独家庭',
  DISABLED_CHILD: '伤残家庭',
};

export const residenceTypeLabels: Record<ResidenceType, string> = {
  URBAN: '城镇',
  RURAL: '农村',
};

export const livingArrangementLabels: Record<LivingArrangement, string> = {
  WITH_SPOUSE: '与配偶同住',
  ALONE: '独居',
  CARE_HOME: '入住养老机构',
  WITH_RELATIVES: '与亲属同住',
  OTHER: '其他',
};

export const hardshipLevelLabels: Record<HardshipLevel, string> = {
  HARDSHIP: '困难',
  ORDINARY: '一般',
};

export const householdStatusLabels: Record<HouseholdStatus, string> = {
  ACTIVE: '在册',
  MOVED: '已迁出',
  CLOSED: '已注销',
};

export const sexLabels: Record<Sex, string> = {
  MALE: '男',
  FEMALE: '女',
};

export const riskLevelLabels: Record<RiskLevel, string> = {
  HIGH: '高风险',
  MEDIUM: '中风险',
  LOW: '低风险',
};

export const causeOfDeathLabels: Record<CauseOfDeath, string> = {
  ILLNESS: '疾病',
  ACCIDENT: '意外',
  SUICIDE: '自杀',
  OTHER: '其他',
};

export const maritalStatusLabels: Record<MaritalStatus, string> = {
  MARRIED: '已婚',
  WIDOWED: '丧偶',
  DIVORCED: '离异',
  REMARRIED: '再婚',
  UNMARRIED: '未婚',
};

// NOT_FOUND deliberately does not distinguish "missing" from "outside your units" (CONVENTIONS).
export const errorCodeLabels: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '未登录或登录已过期，请重新登录',
  FORBIDDEN: '没有权限执行此操作',
  BAD_USER_INPUT: '输入的内容有误，请检查后重试',
  NOT_FOUND: '记录不存在或无权访问',
  CONFLICT: '数据已被他人修改或已存在，请刷新后重试',
  INTERNAL_SERVER_ERROR: '系统出现错误，请稍后重试',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
};

export const memberRelationLabels: Record<MemberRelation, string> = {
  FATHER: '父亲',
  MOTHER: '母亲',
  CHILD: '子女',
  GRANDCHILD: '第三代',
  OTHER: '其他',
};

export const contactKindLabels: Record<ContactKind, string> = {
  ASSOCIATION_WORKER: '计生协工作人员',
  VILLAGE_CADRE: '村（居）干部',
  VILLAGE_DOCTOR: '村医',
  VOLUNTEER: '志愿者',
  OTHER: '其他',
};

export const needLabels: Record<Need, string> = {
  PSYCHOLOGICAL: '心理慰藉',
  MEDICAL: '医疗',
  ECONOMIC: '经济',
  ELDER_CARE: '养老',
  LEGAL: '法律',
  DAILY_CARE: '生活照料',
};

export const incomeSourceLabels: Record<IncomeSource, string> = {
  PENSION: '养老金',
  WAGES: '工资',
  FARMING: '务农',
  BUSINESS: '经营',
  SUBSIDY: '扶助金/补贴',
  RELATIVES: '亲属资助',
  OTHER: '其他',
};

export const elderCareWishLabels: Record<ElderCareWish, string> = {
  HOME: '居家养老',
  COMMUNITY: '社区养老',
  INSTITUTION: '机构养老',
  UNDECIDED: '未定',
};

export const birthdayCalendarLabels: Record<BirthdayCalendar, string> = {
  SOLAR: '公历',
  LUNAR: '农历',
};

export const disabilityTypeLabels: Record<DisabilityType, string> = {
  VISUAL: '视力残疾',
  HEARING: '听力残疾',
  SPEECH: '言语残疾',
  PHYSICAL: '肢体残疾',
  INTELLECTUAL: '智力残疾',
  MENTAL: '精神残疾',
  MULTIPLE: '多重残疾',
};
