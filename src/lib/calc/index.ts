export * from './common';
export * from './severance';
export * from './double-wage';
export * from './overtime';
export * from './annual-leave';
export * from './deadlines';

/**
 * Every article the calculators cite. The tools page resolves them at build time (an unknown
 * article fails the build) and a unit test checks that every step cites only these.
 */
export const CALC_CITATIONS = [
  '劳动合同法 第10条第2款',
  '劳动合同法 第37条',
  '劳动合同法 第39条',
  '劳动合同法 第46条',
  '劳动合同法 第46条第1项',
  '劳动合同法 第46条第2项',
  '劳动合同法 第46条第3项',
  '劳动合同法 第46条第4项',
  '劳动合同法 第46条第5项',
  '劳动合同法 第46条第6项',
  '劳动合同法 第47条',
  '劳动合同法 第47条第1款',
  '劳动合同法 第47条第2款',
  '劳动合同法 第82条第1款',
  '劳动合同法 第87条',
  '劳动合同法实施条例 第5条',
  '劳动合同法实施条例 第6条',
  '劳动合同法实施条例 第7条',
  '劳动合同法实施条例 第25条',
  '劳动法 第44条',
  '劳动法 第44条第1项',
  '劳动法 第44条第2项',
  '劳动法 第44条第3项',
  '工资支付暂行规定 第13条',
  '关于职工全年月平均工作时间和工资折算问题的通知 第二部分',
  '职工带薪年休假条例 第3条第1款',
  '职工带薪年休假条例 第5条第3款',
  '企业职工带薪年休假实施办法 第5条',
  '企业职工带薪年休假实施办法 第10条第1款',
  '企业职工带薪年休假实施办法 第11条',
  '企业职工带薪年休假实施办法 第12条',
  '劳动争议调解仲裁法 第27条第1款',
  '劳动争议调解仲裁法 第27条第4款',
  '工伤保险条例 第17条第1款',
  '工伤保险条例 第17条第2款',
] as const;
