/** The trajectory statuses the API decides (on track / at risk / missed / no data), in words and a tag colour. */
export const trajectoryZh: Record<string, { text: string; color: string }> = {
  onTrack: { text: '按期推进', color: 'green' },
  atRisk: { text: '存在风险', color: 'orange' },
  missed: { text: '未完成', color: 'red' },
  noData: { text: '暂无数据', color: 'default' },
};

export const comparisonZh: Record<string, string> = { gte: '≥', lte: '≤', eq: '=' };

/** Today's year as people in Ordos count it (Beijing time). */
export function beijingYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}
