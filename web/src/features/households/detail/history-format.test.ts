import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { groupHistory, type HistoryEntry, historyLines, revealedText } from './history-format';

const t = i18n.getFixedT('zh-CN');

function entry(attrs: Partial<HistoryEntry> & Pick<HistoryEntry, 'id' | 'action'>): HistoryEntry {
  return {
    __typename: 'AuditEntry',
    at: '2025-10-01T02:05:00.000Z',
    actorName: '艾山社工',
    actorKind: 'account',
    changes: null,
    details: null,
    ...attrs,
  } as HistoryEntry;
}

describe('history lines', () => {
  it('reads household and member changes in Chinese, with labels, yuan and 是/否', () => {
    const lines = historyLines(
      entry({
        id: '3',
        action: 'household.update',
        changes: {
          address: { old: '旧址', new: '新址' },
          hardshipLevel: { old: 'HARDSHIP', new: 'ORDINARY' },
          yearlyIncomeFen: { old: 1_800_000, new: 2_000_050 },
          'members.王磊.deathDate': { old: null, new: '2012-06-01' },
          'members.王建国.usesWechat': { old: false, new: true },
          'members.王小雨': { old: null, new: 'added' },
          contacts: { old: [], new: ['ASSOCIATION_WORKER:张晓梅'] },
        },
      }),
      t,
    );
    expect(lines).toEqual([
      { kind: 'change', label: '住址', old: '旧址', new: '新址' },
      { kind: 'change', label: '困难程度', old: '困难', new: '一般' },
      { kind: 'change', label: '家庭年收入', old: '¥18,000.00', new: '¥20,000.50' },
      { kind: 'change', label: '王磊 · 死亡日期', old: '—', new: '2012-06-01' },
      { kind: 'change', label: '王建国 · 会用微信', old: '否', new: '是' },
      { kind: 'note', text: '新增成员 王小雨' },
      { kind: 'change', label: '联系人', old: '—', new: '计生协工作人员 张晓梅' },
    ]);
  });

  it('says where a file went and why', () => {
    const lines = historyLines(
      entry({
        id: '4',
        action: 'household.transfer',
        changes: { unitId: { old: 'a', new: 'b' } },
        details: { reason: '随亲属迁居', toUnitName: '里辛村' },
      }),
      t,
    );
    expect(lines).toEqual([
      { kind: 'note', text: '转至 里辛村' },
      { kind: 'note', text: '原因：随亲属迁居' },
    ]);
  });

  it('groups the reveals of one moment into one item', () => {
    const reveal = (id: string, memberId: string | null, at = '2025-10-01T02:05:00.000Z') =>
      entry({ id, action: 'household.reveal', at, details: { field: 'idNumber', memberId } });
    const items = groupHistory([
      reveal('9', 'm-1'),
      reveal('8', 'm-2', '2025-10-01T02:05:20.000Z'),
      entry({ id: '7', action: 'household.update' }),
      reveal('6', 'm-1', '2025-09-01T02:05:00.000Z'),
    ]);
    expect(items.map((item) => item.kind)).toEqual(['reveals', 'entry', 'reveals']);
    const names = new Map([['m-1', '王建国']]);
    expect(revealedText(reveal('9', 'm-1'), names, t)).toBe('王建国的身份证号');
    expect(revealedText(reveal('8', 'm-2'), names, t)).toBe('已删除成员的身份证号');
  });
});
