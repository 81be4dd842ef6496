import { lights, type LedgerLight } from './ledger-model';

/** A task's light: its colour and its name (红/黄/绿) with what it means, never the colour alone. */
export function LightTag({ light }: { light: LedgerLight }) {
  const entry = lights[light];
  return (
    <span
      className="light-tag"
      data-light={light}
      style={{ background: entry.fill, color: entry.text }}
      title={`${entry.zh}灯:${entry.meaning}`}
    >
      {entry.zh} · {entry.meaning}
    </span>
  );
}
