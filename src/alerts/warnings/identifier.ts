import { compactBeijingTime } from '../cap/datetime.ts';

/** GB/T 35965.1 A.1.1: N is one digit, so a unit enters at most ten messages in one second. */
const sequencesPerSecond = 10;

/**
 * The identifier of a new message in GB/T 35965.1 form, `ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N`: the first of the
 * ten sequence numbers of the entry second not yet taken. When all ten are, the entry time moves on a second
 * (it is the time the message was entered, not when it was sent), so an identifier is never reused.
 */
export function nextIdentifier(unitCode: string, entered: Date, isTaken: (identifier: string) => boolean): string {
  for (let second = 0; ; second++) {
    const time = compactBeijingTime(new Date(entered.getTime() + second * 1000));
    for (let n = 0; n < sequencesPerSecond; n++) {
      const identifier = `${unitCode}_${time}_${n}`;
      if (!isTaken(identifier)) return identifier;
    }
  }
}

/**
 * The range of identifiers `nextIdentifier` looks at first for this entry time (the entry second and the
 * minute after it), as `from <= identifier < to`: the fixed-width form sorts as text in time order.
 */
export function identifierRange(unitCode: string, entered: Date): { from: string; to: string } {
  return {
    from: `${unitCode}_${compactBeijingTime(entered)}_`,
    to: `${unitCode}_${compactBeijingTime(new Date(entered.getTime() + 60_000))}_`,
  };
}
